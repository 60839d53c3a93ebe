using Aiguillage.Orientation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Aiguillage.Web.Api;

internal static class OrientationApi
{
    public static void MapOrientationApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/orientation", async Task<Results<Ok<OrientationDto>, ProblemHttpResult>> (
            [FromQuery(Name = "commune")] string? commune,
            [FromQuery(Name = "codePostal")] string? codePostal,
            [FromQuery(Name = "etape")] string? etape,
            [FromQuery(Name = "besoins")] string? besoins,
            [FromQuery(Name = "public")] string? audience,
            [FromQuery(Name = "q")] string? q,
            OrientProject orient,
            CancellationToken cancellationToken) =>
        {
            var query = new OrientationQuery(commune, codePostal, etape, SplitList(besoins), audience, q);
            var (answer, problem) = await orient.HandleAsync(query, record: true, cancellationToken);
            if (problem is not null)
            {
                var result = ApiProblems.InvalidParameter(problem.Parameter, problem.Message, problem.Accepted);
                if (problem.Choices.Count > 0)
                {
                    result.ProblemDetails.Extensions["communesPossibles"] = problem.Choices.Select(c => new { code = c.Code, nom = c.Name, departement = c.DepartementName }).ToList();
                }

                return result;
            }

            return TypedResults.Ok(OrientationDto.From(answer!));
        })
        .WithTags("Orientation")
        .WithName("Orienter")
        .WithSummary("Les offres qui conviennent à un projet, classées et expliquées, des alternatives quand il y en a peu, et les offres des étapes suivantes. besoins : codes séparés par des virgules.");
    }

    /// <summary>"a,b" or "a|b" → ["a", "b"].</summary>
    public static IReadOnlyList<string> SplitList(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split([',', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

internal sealed record ProfilCommuneDto(string Code, string Nom, TerritoireRefDto Departement, TerritoireRefDto Region);

internal sealed record ProfilDto(ProfilCommuneDto Commune, string Etape, IReadOnlyList<string> Besoins, string? Public, string? Q);

internal sealed record CritereDto(string Critere, bool Satisfait, string Explication);

internal sealed record ResultatDto(OffreDto Offre, double Score, IReadOnlyList<CritereDto> Criteres);

internal sealed record AlternativeDto(OffreDto Offre, string CritereManquant, string Explication, IReadOnlyList<CritereDto> Criteres);

internal sealed record EtapeSuivanteDto(string Etape, string Libelle, IReadOnlyList<ResultatDto> Offres);

internal sealed record OrientationDto(ProfilDto Profil, IReadOnlyList<ResultatDto> Resultats, IReadOnlyList<AlternativeDto> Alternatives, IReadOnlyList<EtapeSuivanteDto> EtapesSuivantes)
{
    public static OrientationDto From(OrientationAnswer answer)
    {
        var c = answer.Commune;
        var p = answer.Profile;
        return new OrientationDto(
            new ProfilDto(new ProfilCommuneDto(c.Code, c.Name, new(c.DepartementCode, c.DepartementName), new(c.RegionCode, c.RegionName)), p.Stage, p.Needs, p.Public, p.Text),
            answer.Result.Results.Select(Result).ToList(),
            answer.Result.Alternatives.Select(a => new AlternativeDto(OffreDto.From(a.Offer.View), a.MissingCriterion, a.Explanation, Criteria(a.Criteria))).ToList(),
            answer.Result.NextSteps.Select(s => new EtapeSuivanteDto(s.Stage, answer.Taxonomy.Label(Taxonomy.TaxonomyKind.Stage, s.Stage), s.Offers.Select(Result).ToList())).ToList());
    }

    private static ResultatDto Result(RankedOffer r) => new(OffreDto.From(r.Offer.View), r.Score, Criteria(r.Criteria));

    private static List<CritereDto> Criteria(IReadOnlyList<CriterionResult> criteria) =>
        criteria.Select(x => new CritereDto(x.Criterion, x.Met, x.Explanation)).ToList();
}
