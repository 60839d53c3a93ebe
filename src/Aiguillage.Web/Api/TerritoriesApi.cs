using Aiguillage.Territories;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aiguillage.Web.Api;

internal static class TerritoriesApi
{
    public static void MapTerritoriesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/territoires").WithTags("Territoires");

        group.MapGet("/", async Task<Results<Ok<List<TerritoireDto>>, ProblemHttpResult>> (
            string? q, string? niveau, string? limit, SearchTerritories search, CancellationToken cancellationToken) =>
        {
            var reader = new QueryReader();
            var max = reader.Integer(limit, "limit", 20, 1, SearchTerritories.MaxLimit);
            TerritoryLevel? level = null;
            if (!string.IsNullOrWhiteSpace(niveau))
            {
                if (!TerritoryLevels.TryParse(niveau, out var parsed))
                {
                    reader.Fail(ApiProblems.InvalidParameter("niveau", $"« {niveau} » n'est pas un niveau de territoire connu.", TerritoryLevels.AcceptedCodes));
                }

                level = parsed;
            }

            if (string.IsNullOrWhiteSpace(q) && level is null or TerritoryLevel.Pays)
            {
                reader.Fail(ApiProblems.InvalidParameter("q", "Indiquez un nom, un code postal ou un code officiel dans q, ou un niveau dans niveau pour lister ce niveau."));
            }

            if (q is { Length: > 100 })
            {
                reader.Fail(ApiProblems.InvalidParameter("q", "La recherche dépasse 100 caractères."));
            }

            if (reader.Problem is { } problem)
            {
                return problem;
            }

            var found = await search.HandleAsync(q, level, max, cancellationToken);
            return TypedResults.Ok(found.Select(TerritoireDto.From).ToList());
        })
        .WithName("ChercherTerritoires")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .WithSummary("Cherche des territoires par nom (sans accents ni majuscules), code postal ou code officiel.");

        group.MapGet("/{niveau}/{code}", async Task<Results<Ok<TerritoireDto>, ProblemHttpResult>> (
            string niveau, string code, GetTerritory get, CancellationToken cancellationToken) =>
        {
            if (!TerritoryLevels.TryParse(niveau, out var level))
            {
                return ApiProblems.InvalidParameter("niveau", $"« {niveau} » n'est pas un niveau de territoire connu.", TerritoryLevels.AcceptedCodes);
            }

            if (code.Length > 12)
            {
                return ApiProblems.InvalidParameter("code", "Un code officiel de territoire compte au plus 9 caractères.");
            }

            var territory = await get.HandleAsync(level, code, cancellationToken);
            return territory is null
                ? ApiProblems.NotFound($"Aucun territoire de niveau {level.ToCode()} n'a le code « {code} ».")
                : TypedResults.Ok(TerritoireDto.From(territory));
        })
        .WithName("LireTerritoire")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithSummary("Un territoire et ses parents ; un arrondissement municipal donne sa commune.");
    }
}

internal sealed record TerritoireRefDto(string Code, string Nom)
{
    public static TerritoireRefDto? From(TerritoryRef? r) => r is null ? null : new(r.Code, r.Name);
}

internal sealed record TerritoireDto(
    string Niveau,
    string Code,
    string Nom,
    IReadOnlyList<string>? CodesPostaux,
    TerritoireRefDto? Departement,
    TerritoireRefDto? Region,
    TerritoireRefDto? Epci,
    long Population,
    bool OutreMer,
    bool CollectiviteOutreMer,
    int? NombreCommunes)
{
    public static TerritoireDto From(TerritoryView t) => new(
        t.Level.ToCode(),
        t.Code,
        t.Name,
        t.Level == TerritoryLevel.Commune ? t.PostalCodes : null,
        TerritoireRefDto.From(t.Departement),
        TerritoireRefDto.From(t.Region),
        TerritoireRefDto.From(t.Epci),
        t.Population,
        t.Zone != TerritoryZone.Metro,
        t.Zone == TerritoryZone.Com,
        t.CommuneCount);
}
