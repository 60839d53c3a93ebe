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
            [AsParameters] StructureMapQuery query, MapStructures mapStructures, HttpRequest request, CancellationToken cancellationToken) =>
        {
            var (map, error) = await mapStructures.HandleAsync(query.Region, query.Departement, query.Etape, query.Besoin, query.Type, cancellationToken);
            if (map is null)
            {
                return ApiProblems.InvalidParameter(error!.Parameter, error.Message, error.Accepted);
            }

            var json = StructureGeoJson.ToJson(map.Structures, map.Catalog, PublicUrl.Base(request));
            return TypedResults.Bytes(Encoding.UTF8.GetBytes(json), StructureGeoJson.ContentType);
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
