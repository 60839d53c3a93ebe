using Aiguillage.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Aiguillage.Web.Api;

internal static class SearchApi
{
    public static void MapSearchApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/recherche").WithTags("Recherche");

        group.MapGet("/", async Task<Results<Ok<RechercheDto>, ProblemHttpResult>> (
            [AsParameters] SearchParameters query, SearchCatalog search, CancellationToken cancellationToken) =>
        {
            var reader = new QueryReader();
            var page = reader.Integer(query.Page, "page", 1, 1, 100_000);
            var size = reader.Integer(query.Taille, "taille", 20, 1, SearchQuery.MaxSize);
            if (reader.Problem is { } problem)
            {
                return problem;
            }

            var result = await search.HandleAsync(
                new SearchQuery(query.Q?.Trim() ?? "", Blank(query.Territoire), Blank(query.Etape), Blank(query.Besoin), Blank(query.Public), Blank(query.Type), page, size),
                cancellationToken);
            if (result.Problem is { } refused)
            {
                return ApiProblems.InvalidParameter(refused.Parameter, refused.Detail, refused.Accepted ?? (refused.Parameter == "q" ? $"1-{SearchQuery.MaxLength} caractères" : null));
            }

            return TypedResults.Ok(RechercheDto.From(result));
        })
        .WithName("Rechercher")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .WithSummary("Recherche plein texte en français dans les offres publiées et les structures actives (accents, pluriels, sigles et fautes de frappe tolérés), combinée aux filtres territoire (region:75, departement:23, commune:23096), etape, besoin, public, type ; résultats classés avec leur score et des extraits où les mots trouvés sont entourés de <mark> (texte déjà encodé en HTML).");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The query string of the search, read as text so that a malformed value gets a French 400.</summary>
internal sealed record SearchParameters(
    [property: FromQuery(Name = "q")] string? Q,
    [property: FromQuery(Name = "territoire")] string? Territoire,
    [property: FromQuery(Name = "etape")] string? Etape,
    [property: FromQuery(Name = "besoin")] string? Besoin,
    [property: FromQuery(Name = "public")] string? Public,
    [property: FromQuery(Name = "type")] string? Type,
    [property: FromQuery(Name = "page")] string? Page,
    [property: FromQuery(Name = "taille")] string? Taille);

internal sealed record RechercheStructureDto(int Id, string Nom);

/// <summary>One result; fragments are HTML: the text is encoded and only the &lt;mark&gt; tags are added.</summary>
internal sealed record ResultatRechercheDto(string Type, int Id, string Nom, RechercheStructureDto? Structure, double Score, IReadOnlyList<string> Fragments, string Url);

internal sealed record RechercheDto(int Total, int Page, int Taille, IReadOnlyList<ResultatRechercheDto> Elements)
{
    public static RechercheDto From(SearchResult result) => new(
        result.Total,
        result.Page,
        result.Size,
        result.Items.Select(i => new ResultatRechercheDto(
            i.Kind, i.Id, i.Name, i.Structure is { } s ? new RechercheStructureDto(s.Id, s.Name) : null, i.Score, i.Fragments, i.Url)).ToList());
}
