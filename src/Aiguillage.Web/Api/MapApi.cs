using System.Text;
using Aiguillage.Catalogue;
using Aiguillage.Maps;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Aiguillage.Web.Api;

/// <summary>The map's points (GeoJSON) and the coverage counts by territory, read from the directory's snapshot.</summary>
internal static class MapApi
{
    public static void MapMapApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Cartes");

        group.MapGet("/structures.geojson", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
            [AsParameters] StructureMapQuery query, CatalogueProvider catalogs, HttpRequest request, CancellationToken cancellationToken) =>
        {
            var catalog = await catalogs.GetAsync(cancellationToken);
            var (filter, error) = MapStructures.Read(catalog, catalog.Taxonomy, query.Region, query.Departement, query.Etape, query.Besoin, query.Type);
            if (filter is null)
            {
                return ApiProblems.InvalidParameter(error!.Parameter, error.Message, error.Accepted);
            }

            // The same few maps are asked again and again: the body is kept for the catalogue generation (the filter has
            // been checked against the territories and référentiels, the address is the configured one or a checked host).
            var site = PublicUrl.Base(request);
            // France, the régions and départements, a few filters: at 100,000 offers the map of France is 363 KB.
            var body = catalog.Memo<StructureMap, byte[]>(300).GetOrAdd(catalog.Generation, filter + "\u001f" + site,
                () => Encoding.UTF8.GetBytes(StructureGeoJson.ToJson(MapStructures.Filter(catalog, filter), catalog, site)));
            return TypedResults.Bytes(body, StructureGeoJson.ContentType);
        })
        .Produces(StatusCodes.Status200OK, contentType: StructureGeoJson.ContentType)
        .WithName("CarteStructures")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .WithSummary("Les structures actives placées sur la carte : FeatureCollection GeoJSON (RFC 7946), [longitude, latitude] en WGS 84 ; propriété precision : commune ou centre-departement. Les structures sans position sont omises.");

        group.MapGet("/couverture", async Task<Results<Ok<CouvertureDto>, ProblemHttpResult>> (
            [FromQuery(Name = "niveau")] string? niveau,
            [FromQuery(Name = "etape")] string? etape,
            [FromQuery(Name = "besoin")] string? besoin,
            CatalogueProvider catalogs,
            CancellationToken cancellationToken) =>
        {
            var level = (niveau ?? "").Trim() switch
            {
                "" or "departement" => TerritoryLevel.Departement,
                "region" => TerritoryLevel.Region,
                _ => (TerritoryLevel?)null,
            };
            if (level is null)
            {
                return ApiProblems.InvalidParameter("niveau", $"« {niveau} » n'est pas un niveau de couverture.", "departement, region");
            }

            var catalog = await catalogs.GetAsync(cancellationToken);
            var reader = new QueryReader();
            var stage = reader.Code(etape, "etape", c => catalog.Taxonomy.IsUsable(TaxonomyKind.Stage, c), catalog.Taxonomy.AcceptedCodes(TaxonomyKind.Stage), TaxonomyKind.Stage.WithArticle());
            var need = reader.Code(besoin, "besoin", c => catalog.Taxonomy.IsUsable(TaxonomyKind.Need, c), catalog.Taxonomy.AcceptedCodes(TaxonomyKind.Need), TaxonomyKind.Need.WithArticle());
            if (reader.Problem is { } problem)
            {
                return problem;
            }

            var report = CountCoverage.Count(catalog, level.Value, stage, need);
            return TypedResults.Ok(new CouvertureDto(
                level == TerritoryLevel.Region ? "region" : "departement",
                stage,
                need,
                report.Territories.Select(t => new TerritoireCouvertureDto(t.Code, t.Name, t.Offers, t.OffersOnWholeTerritory)).ToList()));
        })
        .WithName("CompterCouverture")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .WithSummary("Pour chacun des 101 départements (ou chaque région), le nombre d'offres publiées disponibles pour l'étape et le besoin donnés, et combien couvrent tout le territoire. Les offres nationales comptent partout.");
    }
}

/// <summary>The map's query string, read as text so that a malformed value gets a French 400.</summary>
internal sealed record StructureMapQuery(
    [property: FromQuery(Name = "region")] string? Region,
    [property: FromQuery(Name = "departement")] string? Departement,
    [property: FromQuery(Name = "etape")] string? Etape,
    [property: FromQuery(Name = "besoin")] string? Besoin,
    [property: FromQuery(Name = "type")] string? Type);

internal sealed record CouvertureDto(string Niveau, string? Etape, string? Besoin, IReadOnlyList<TerritoireCouvertureDto> Territoires);

internal sealed record TerritoireCouvertureDto(string Code, string Nom, int Offres, int OffresTerritoireEntier);
