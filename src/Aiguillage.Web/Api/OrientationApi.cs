using System.IO.Compression;
using System.Text.Json;
using Aiguillage.Catalogue;
using Aiguillage.Orientation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Aiguillage.Web.Api;

internal static class OrientationApi
{
    public static void MapOrientationApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/orientation", async Task<Results<MemoisedJson, ProblemHttpResult>> (
            [FromQuery(Name = "commune")] string? commune,
            [FromQuery(Name = "codePostal")] string? codePostal,
            [FromQuery(Name = "etape")] string? etape,
            [FromQuery(Name = "besoins")] string? besoins,
            [FromQuery(Name = "public")] string? audience,
            [FromQuery(Name = "q")] string? q,
            OrientProject orient,
            OrientationJsonCache responses,
            IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
            HttpContext http,
            CancellationToken cancellationToken) =>
        {
            var query = new OrientationQuery(commune, codePostal, etape, SplitList(besoins), audience, q);
            var (answer, problem) = await orient.HandleAsync(query, recordFor: ClientKey.Of(http), cancellationToken);
            if (problem is not null)
            {
                var result = ApiProblems.InvalidParameter(problem.Parameter, problem.Message, problem.Accepted);
                if (problem.Choices.Count > 0)
                {
                    result.ProblemDetails.Extensions["communesPossibles"] = problem.Choices.Select(c => new { code = c.Code, nom = c.Name, departement = c.DepartementName }).ToList();
                }

                return result;
            }

            // Serialising 20 explained offers costs more than finding them: the bytes are kept with the engine's answer,
            // and so is their gzip form, since an answer weighs some 30 KB and nearly every client accepts gzip.
            var body = responses.Bodies.GetOrAdd(
                answer!.Generation, answer.Key, () => new OrientationBody(JsonSerializer.SerializeToUtf8Bytes(OrientationDto.From(answer), json.Value.SerializerOptions)));
            return AcceptsGzip(http.Request) ? new MemoisedJson(body.Gzip, Gzip: true) : new MemoisedJson(body.Json, Gzip: false);
        })
        .Produces<OrientationDto>(StatusCodes.Status200OK, "application/json")
        .WithTags("Orientation")
        .WithName("Orienter")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .WithSummary("Les offres qui conviennent à un projet, classées et expliquées, des alternatives quand il y en a peu, et les offres des étapes suivantes. besoins : codes séparés par des virgules.");
    }

    /// <summary>True when the request accepts gzip with a non-zero quality ("gzip", "gzip;q=0.8", "*").</summary>
    public static bool AcceptsGzip(HttpRequest request)
    {
        foreach (var value in request.Headers.AcceptEncoding)
        {
            foreach (var part in (value ?? "").Split(','))
            {
                var pieces = part.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (pieces.Length == 0 || !(string.Equals(pieces[0], "gzip", StringComparison.OrdinalIgnoreCase) || pieces[0] == "*"))
                {
                    continue;
                }

                var quality = pieces.Skip(1).Select(p => p.Replace(" ", "", StringComparison.Ordinal))
                    .FirstOrDefault(p => p.StartsWith("q=", StringComparison.OrdinalIgnoreCase));
                if (quality is null || !double.TryParse(quality[2..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var q) || q > 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"a,b" or "a|b" → ["a", "b"].</summary>
    public static IReadOnlyList<string> SplitList(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split([',', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// A memoised JSON body written as is into the response pipe: no range, entity tag or stream layer on the way, since the
/// same bytes go to every client that asks the same question of the same catalogue.
/// </summary>
internal sealed record MemoisedJson(byte[] Body, bool Gzip) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = Body.Length;
        response.Headers.Vary = "Accept-Encoding";
        if (Gzip)
        {
            response.Headers.ContentEncoding = "gzip";
        }

        await response.BodyWriter.WriteAsync(Body, httpContext.RequestAborted);
    }
}

/// <summary>The JSON bodies of recent orientations, for the current catalogue and day (see BoundedCache).</summary>
internal sealed class OrientationJsonCache(int capacity)
{
    public BoundedCache<OrientationBody> Bodies { get; } = new(capacity);
}

/// <summary>One answer's JSON, and its gzip form made the first time a client asks for it.</summary>
internal sealed class OrientationBody(byte[] json)
{
    private readonly Lazy<byte[]> _gzip = new(() =>
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(json);
        }

        return output.ToArray();
    });

    public byte[] Json { get; } = json;

    public byte[] Gzip => _gzip.Value;
}

internal sealed record ProfilCommuneDto(string Code, string Nom, TerritoireRefDto Departement, TerritoireRefDto Region);

internal sealed record ProfilDto(ProfilCommuneDto Commune, string Etape, IReadOnlyList<string> Besoins, string? Public, string? Q);

internal sealed record CritereDto(string Critere, bool Satisfait, string Explication, bool AVerifier);

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
        criteria.Select(x => new CritereDto(x.Criterion, x.Met, x.Explanation, x.ToCheck)).ToList();
}
