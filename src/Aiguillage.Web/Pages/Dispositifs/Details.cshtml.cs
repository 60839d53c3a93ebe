using Aiguillage.Catalogue;
using Aiguillage.Offers;
using Aiguillage.Territories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Dispositifs;

/// <summary>A dispositif and its operators, grouped by région and département (national offers first).</summary>
public sealed class DetailsModel(CatalogueProvider catalogue) : PageModel
{
    public Dispositif? Dispositif { get; private set; }

    /// <summary>Territory heading → the offers carrying the dispositif there, in the territories' order.</summary>
    public IReadOnlyList<(string Territory, IReadOnlyList<OfferView> Offers)> ByTerritory { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        Dispositif = snapshot.Dispositif(code);
        if (Dispositif is null)
        {
            return NotFound();
        }

        Today = snapshot.Day;
        ByTerritory = snapshot.OffersOfDispositif(code)
            .GroupBy(o => Heading(snapshot, o.Zones))
            .OrderBy(g => g.Key.Order).ThenBy(g => g.Key.Sort, StringComparer.Ordinal)
            .Select(g => (g.Key.Label, (IReadOnlyList<OfferView>)g.Select(o => o.View).OrderBy(v => v.Title, StringComparer.Ordinal).ToList()))
            .ToList();
        return Page();
    }

    /// <summary>Where an offer works, as a heading: France, then régions, then départements by code.</summary>
    private static (int Order, string Sort, string Label) Heading(CatalogueSnapshot snapshot, IReadOnlyList<CoverageZone> zones)
    {
        var zone = zones.OrderBy(z => z.Level switch { TerritoryLevel.Pays => 0, TerritoryLevel.Region => 1, _ => 2 }).First();
        return zone.Level switch
        {
            TerritoryLevel.Pays => (0, "", "Toute la France"),
            TerritoryLevel.Region => (1, snapshot.Names.Name(zone), "Région " + snapshot.Names.Name(zone)),
            TerritoryLevel.Departement => (2, zone.Code, $"{snapshot.Names.Name(zone)} ({zone.Code})"),
            _ => (3, zone.Code, snapshot.Names.Name(zone)),
        };
    }
}
