using System.Text.RegularExpressions;
using Aiguillage.Catalogue;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;

namespace Aiguillage.Orientation;

/// <summary>The raw answers, as typed or sent in a query string.</summary>
public sealed record OrientationQuery(
    string? Commune,
    string? PostalCode,
    string? Stage,
    IReadOnlyList<string> Needs,
    string? Public,
    string? Text);

/// <summary>Why a query cannot be answered yet, for one parameter: a French message, what it accepts, or the communes to choose from.</summary>
public sealed record OrientationProblem(string Parameter, string Message, string? Accepted, IReadOnlyList<CommuneEntry> Choices);

/// <summary>The answer, with the generation (catalogue stamp and day) and key (profile) under which it may be memoised.</summary>
public sealed record OrientationAnswer(OrientationProfile Profile, CommuneEntry Commune, OrientationResult Result, TaxonomySnapshot Taxonomy)
{
    public string Generation { get; init; } = "";

    public string Key { get; init; } = "";
}

/// <summary>The engine's answers for the current catalogue, shared by every request of the process.</summary>
public sealed class OrientationResultCache(int capacity = OrientationResultCache.DefaultCapacity)
{
    public const int DefaultCapacity = 2_000;

    public BoundedCache<OrientationResult> Results { get; } = new(capacity);
}

/// <summary>
/// Answers a questionnaire: checks the answers, resolves the commune (INSEE code, arrondissement, or postal code with one
/// commune), runs the engine on the in-memory catalogue and records the request without personal data.
/// </summary>
public sealed partial class OrientProject(CatalogueProvider catalogs, DemandQueue demand, OrientationResultCache cache)
{
    public const int MaxTextLength = 200;

    /// <param name="query">The profile as asked.</param>
    /// <param name="recordFor">The client the request is recorded for, as demand (an opaque key; once per client, profile
    /// and day): null not to record it (a refinement of results already counted, an internal check).</param>
    /// <param name="cancellationToken">Cancels the wait for the catalogue.</param>
    public async Task<(OrientationAnswer? Answer, OrientationProblem? Problem)> HandleAsync(OrientationQuery query, string? recordFor, CancellationToken cancellationToken = default)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        var taxonomy = catalog.Taxonomy;

        var (commune, communeProblem) = ResolveCommune(catalog.Communes, query.Commune, query.PostalCode);
        if (communeProblem is not null)
        {
            return (null, communeProblem);
        }

        var stage = query.Stage?.Trim();
        if (string.IsNullOrEmpty(stage))
        {
            return (null, Problem("etape", "Indiquez l'étape de votre projet.", taxonomy.AcceptedCodes(TaxonomyKind.Stage)));
        }

        if (!taxonomy.IsUsable(TaxonomyKind.Stage, stage))
        {
            return (null, Problem("etape", $"« {stage} » n'est pas une étape connue.", taxonomy.AcceptedCodes(TaxonomyKind.Stage)));
        }

        var needs = query.Needs.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        foreach (var need in needs.Where(n => !taxonomy.IsUsable(TaxonomyKind.Need, n)))
        {
            return (null, Problem("besoins", $"« {need} » n'est pas un besoin connu.", taxonomy.AcceptedCodes(TaxonomyKind.Need)));
        }

        var audience = string.IsNullOrWhiteSpace(query.Public) ? null : query.Public.Trim();
        if (audience is not null && !taxonomy.IsUsable(TaxonomyKind.Public, audience))
        {
            return (null, Problem("public", $"« {audience} » n'est pas un public connu.", taxonomy.AcceptedCodes(TaxonomyKind.Public)));
        }

        var text = string.IsNullOrWhiteSpace(query.Text) ? null : query.Text.Trim();
        if (text is { Length: > MaxTextLength })
        {
            return (null, Problem("q", $"Les mots-clés dépassent {MaxTextLength} caractères.", null));
        }

        var profile = new OrientationProfile(commune!.Location, commune.Name, stage, needs, audience, text);
        // The snapshot's day is the day of its visible offers: answers are computed and memoised for it.
        var today = catalog.Day;
        var generation = catalog.Generation;
        var key = string.Join('|', commune.Code, stage, string.Join(',', needs), audience, text);
        // The engine is a pure function of the catalogue, the day and the profile, so popular profiles are computed once.
        var result = cache.Results.GetOrAdd(generation, key, () => MatchOffers.Match(catalog.Index, taxonomy, profile, today));
        if (recordFor is not null)
        {
            demand.Enqueue(new OrientationRequest(today, commune.Code, commune.DepartementCode, commune.RegionCode, stage, needs, audience, result.Results.Count, result.Alternatives.Count), recordFor, key);
        }

        return (new OrientationAnswer(profile, commune, result, taxonomy) { Generation = generation, Key = key }, null);
    }

    public static (CommuneEntry? Commune, OrientationProblem? Problem) ResolveCommune(CommuneDirectory communes, string? communeCode, string? postalCode)
    {
        var code = communeCode?.Trim();
        var postal = postalCode?.Trim();
        if (string.IsNullOrEmpty(code) && string.IsNullOrEmpty(postal))
        {
            return (null, Problem("commune", "Indiquez votre commune (code INSEE) ou votre code postal.", null));
        }

        IReadOnlyList<CommuneEntry> byPostal = [];
        if (!string.IsNullOrEmpty(postal))
        {
            if (!PostalCodePattern().IsMatch(postal))
            {
                return (null, Problem("codePostal", $"« {postal} » n'est pas un code postal : cinq chiffres sont attendus.", null));
            }

            byPostal = communes.ByPostalCode(postal);
            if (byPostal.Count == 0)
            {
                return (null, Problem("codePostal", $"Aucune commune n'a le code postal {postal}.", null));
            }
        }

        if (!string.IsNullOrEmpty(code))
        {
            var commune = code.Length <= 5 ? communes.Find(code) : null;
            if (commune is null)
            {
                return (null, Problem("commune", $"« {code} » n'est pas un code INSEE de commune connu.", null));
            }

            if (byPostal.Count > 0 && !byPostal.Contains(commune))
            {
                return (null, new OrientationProblem("commune", $"{commune.Name} n'a pas le code postal {postal} : choisissez une des communes de ce code postal.", null, byPostal));
            }

            return (commune, null);
        }

        return byPostal.Count == 1
            ? (byPostal[0], null)
            : (null, new OrientationProblem("codePostal", $"Le code postal {postal} correspond à {byPostal.Count} communes : précisez laquelle.", null, byPostal));
    }

    private static OrientationProblem Problem(string parameter, string message, string? accepted) => new(parameter, message, accepted, []);

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex PostalCodePattern();
}
