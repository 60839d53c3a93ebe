using Aiguillage.Catalogue;
using Aiguillage.Maps;
using Aiguillage.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Aiguillage.Web.Pages.Carte;

public sealed class IndexModel(MapStructures mapStructures, IOptions<MapOptions> mapOptions) : PageModel
{
    [FromQuery(Name = "region")]
    public string? Region { get; set; }

    [FromQuery(Name = "departement")]
    public string? Departement { get; set; }

    [FromQuery(Name = "etape")]
    public string? Etape { get; set; }

    [FromQuery(Name = "besoin")]
    public string? Besoin { get; set; }

    [FromQuery(Name = "type")]
    public string? Type { get; set; }

    public StructureMap Map { get; private set; } = new([], CatalogueSnapshot.Empty, new TaxonomySnapshot([]));

    public Dictionary<string, string> Errors { get; } = [];

    public MapOptions Tiles => mapOptions.Value;

    /// <summary>The GeoJSON the script draws: the same filters as the list, so both show the same structures.</summary>
    public string GeoJsonUrl => "/api/v1/structures.geojson" + QueryString.Create(
        new Dictionary<string, string?> { ["region"] = Region, ["departement"] = Departement, ["etape"] = Etape, ["besoin"] = Besoin, ["type"] = Type }
            .Where(p => !string.IsNullOrWhiteSpace(p.Value)));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (map, error) = await mapStructures.HandleAsync(Region, Departement, Etape, Besoin, Type, cancellationToken);
        if (map is null)
        {
            // A refused filter is said next to its field; the page then shows every structure rather than an empty map.
            Errors[error!.Parameter] = error.Message;
            (Region, Departement, Etape, Besoin, Type) = (null, null, null, null, null);
            (map, _) = await mapStructures.HandleAsync(null, null, null, null, null, cancellationToken);
        }

        Map = map!;
    }

    public string PositionText(StructureEntry structure) => structure.Location.Precision switch
    {
        LocationPrecision.Own => "Position : adresse de la structure",
        LocationPrecision.Commune => $"Position : commune de {structure.CommuneName}",
        LocationPrecision.DepartementCentre =>
            $"Position approximative : centre du département ({Map.Catalog.Departement(structure.Location.DepartementCode!)?.Name ?? structure.Location.DepartementCode})",
        LocationPrecision.RegionCentre =>
            $"Position approximative : centre de la région ({Map.Catalog.Region(structure.Location.RegionCode!)?.Name ?? structure.Location.RegionCode})",
        LocationPrecision.ServedAreaCentre => "Position approximative : centre des départements où elle intervient",
        LocationPrecision.CountryCentre => "Position approximative : intervient dans toute la France",
        _ => "Pas de position connue : absente de la carte",
    };
}
