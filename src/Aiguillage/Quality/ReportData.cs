using Aiguillage.Catalogue;
using Aiguillage.Offers;
using Aiguillage.Territories;

namespace Aiguillage.Quality;

/// <summary>One count with its label ("incubateur", "Creuse (23)", "2015–2019"…).</summary>
public sealed record Count(string Key, string Label, int Value);

/// <summary>For one département: its offers, the local ones (coded at département level or finer) and what it lacks.</summary>
public sealed record DepartementQuality(
    string Code,
    string Name,
    string RegionCode,
    int OffersAvailable,
    int LocalOffers,
    bool DlaOperatorNamed,
    IReadOnlyList<string> MissingNetworks,
    IReadOnlyList<string> StagesWithoutLocalOffer,
    IReadOnlyList<string> StagesWithoutNonNationalOffer);

/// <summary>Two structures that may be the same one: same name once folded, or same website.</summary>
public sealed record DuplicateCandidate(string Reason, IReadOnlyList<int> StructureIds, IReadOnlyList<string> Names);

/// <summary>The data report (issue 10): what the catalogue holds, where it is thin, how old its evidence is.</summary>
public sealed record DataReport(
    DateOnly Day,
    int Structures,
    int Offers,
    int Dispositifs,
    IReadOnlyList<Count> StructuresByKind,
    IReadOnlyList<Count> OffersByRegion,
    IReadOnlyList<DepartementQuality> Departements,
    IReadOnlyList<Count> MissingByNetwork,
    int DlaOperatorsNamed,
    IReadOnlyList<Count> NeedsWithoutLocalOffer,
    IReadOnlyList<Count> SourceAges,
    int OffersWithoutContact,
    int StructuresWithoutWebsiteOrContact,
    int StructuresPlacedByCommune,
    int StructuresPlacedApproximately,
    int StructuresWithWebsiteOrContact,
    IReadOnlyList<DuplicateCandidate> Duplicates);

/// <summary>
/// Builds the data report from the catalogue snapshot: the same offers and rules as every page. "Local" means coded at
/// département level or finer; a network "reaches" a département when one of its structures has a visible offer there
/// that is not national; the DLA entry of a département is an offer of the dispositif coded there, its operator named
/// when the structure that carries it is a DLA operator.
/// </summary>
public sealed class ReportData(CatalogueProvider catalogue)
{
    /// <summary>The networks every département should reach, and how their structures are recognised.</summary>
    public static IReadOnlyList<(string Key, string Label, Func<StructureEntry, bool> Member)> Networks { get; } =
    [
        ("dla", "DLA", s => false), // told by the dispositif of the offer, below
        ("france-active", "France Active", s => Named(s, "france active") || s.Networks.Any(n => Fold(n).Contains("france active", StringComparison.Ordinal))),
        ("initiative-france", "Initiative France", s => Named(s, "initiative") || s.Networks.Any(n => Fold(n).Contains("initiative france", StringComparison.Ordinal))),
        ("urscop", "Union régionale des Scop et Scic", s => s.Kinds.Contains("cooperative") && (Named(s, "scop") || Named(s, "urscop")) && !Named(s, "cae")),
        ("cress", "CRESS", s => s.Kinds.Contains("cress") || Named(s, "cress") || Named(s, "chambre regionale")),
    ];

    /// <summary>The report of the current snapshot, computed once per snapshot (it scans every offer for every département).</summary>
    public async Task<DataReport> HandleAsync(CancellationToken cancellationToken = default) =>
        (await catalogue.GetAsync(cancellationToken)).Derived(Build);

    public static DataReport Build(CatalogueSnapshot snapshot)
    {
        var stages = snapshot.Taxonomy.Terms(Taxonomy.TaxonomyKind.Stage).Select(t => t.Code).ToList();
        var needs = snapshot.Taxonomy.Terms(Taxonomy.TaxonomyKind.Need).Select(t => t.Code).ToList();
        var structureOf = snapshot.Structures.ToDictionary(s => s.Id);
        var departements = snapshot.Departements.Select(d =>
        {
            var available = snapshot.Offers.Where(o => CatalogueRules.IsAvailableIn(o.Footprint, TerritoryLevel.Departement, d.Code)).ToList();
            var local = available.Where(o => CatalogueRules.IsLocalTo(snapshot, o, d.Code)).ToList();
            var nonNational = available.Where(o => !o.Footprint.National).ToList();
            var dla = local.Where(o => o.View.Dispositif?.Code == "dla").ToList();
            // A network reaches a département through a structure of its own working there, not through a national offer.
            var missing = Networks
                .Where(n => n.Key == "dla" ? dla.Count == 0 : !nonNational.Any(o => structureOf.TryGetValue(o.View.Structure.Id, out var s) && n.Member(s)))
                .Select(n => n.Key)
                .ToList();
            return new DepartementQuality(
                d.Code,
                d.Name,
                d.RegionCode ?? "",
                available.Count,
                local.Count,
                dla.Any(o => structureOf.TryGetValue(o.View.Structure.Id, out var s) && s.Kinds.Contains("dla")),
                missing,
                stages.Where(st => !local.Any(o => CatalogueRules.ServesStage(o.Stages, st))).ToList(),
                stages.Where(st => !nonNational.Any(o => CatalogueRules.ServesStage(o.Stages, st))).ToList());
        }).ToList();

        var today = snapshot.Day;
        var ages = snapshot.Offers.GroupBy(o => AgeBand(o.View.SourceDate)).ToDictionary(g => g.Key, g => g.Count());
        string[] bands = ["non datée", "avant 2015", "2015–2019", "2020–2022", "2023–2024", "2025–2026"];

        return new DataReport(
            today,
            snapshot.Structures.Count,
            snapshot.Offers.Count,
            snapshot.Dispositifs.Count,
            snapshot.Structures.SelectMany(s => s.Kinds).GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new Count(g.Key, snapshot.Taxonomy.Label(Taxonomy.TaxonomyKind.StructureKind, g.Key), g.Count())).ToList(),
            snapshot.Regions.Select(r => new Count(r.Code, r.Name, snapshot.Offers.Count(o => !o.Footprint.National && CatalogueRules.IsAvailableIn(o.Footprint, TerritoryLevel.Region, r.Code)))).ToList(),
            departements,
            Networks.Select(n => new Count(n.Key, n.Label, departements.Count(d => d.MissingNetworks.Contains(n.Key)))).ToList(),
            departements.Count(d => d.DlaOperatorNamed),
            needs.Select(n => new Count(n, snapshot.Taxonomy.Label(Taxonomy.TaxonomyKind.Need, n),
                departements.Count(d => !snapshot.Offers.Any(o => CatalogueRules.IsLocalTo(snapshot, o, d.Code) && CatalogueRules.CoversNeed(o.Needs, n))))).ToList(),
            bands.Select(b => new Count(b, b, ages.GetValueOrDefault(b))).ToList(),
            snapshot.Offers.Count(o => o.View.ApplicationUrl is null && o.View.ContactEmail is null && o.View.ContactPhone is null && o.View.Structure.Website is null),
            snapshot.Structures.Count(s => s.Website is null && s.Email is null && s.Phone is null),
            snapshot.Structures.Count(s => s.Location.Precision is LocationPrecision.Commune or LocationPrecision.Own),
            snapshot.Structures.Count(s => s.Location.IsApproximate),
            snapshot.Structures.Count(s => s.Website is not null || s.Email is not null || s.Phone is not null),
            Duplicates(snapshot.Structures));
    }

    private static string AgeBand(SourceDate? date) => date?.Year switch
    {
        null => "non datée",
        < 2015 => "avant 2015",
        < 2020 => "2015–2019",
        < 2023 => "2020–2022",
        < 2025 => "2023–2024",
        _ => "2025–2026",
    };

    private static List<DuplicateCandidate> Duplicates(IReadOnlyList<StructureEntry> structures)
    {
        var byName = structures.GroupBy(s => Fold(s.Name)).Where(g => g.Count() > 1)
            .Select(g => new DuplicateCandidate("même nom", g.Select(s => s.Id).ToList(), g.Select(s => s.Name).ToList()));
        var byWebsite = structures.Where(s => s.Website is not null).GroupBy(s => Host(s.Website!)).Where(g => g.Key.Length > 0 && g.Count() > 1)
            .Select(g => new DuplicateCandidate($"même site ({g.Key})", g.Select(s => s.Id).ToList(), g.Select(s => s.Name).ToList()));
        return byName.Concat(byWebsite).ToList();
    }

    private static string Host(string website) =>
        Uri.TryCreate(website, UriKind.Absolute, out var uri) ? uri.Host.ToLowerInvariant().Replace("www.", "", StringComparison.Ordinal) + uri.AbsolutePath.TrimEnd('/') : "";

    private static bool Named(StructureEntry structure, string words) => Fold(structure.Name).Contains(words, StringComparison.Ordinal);

    private static string Fold(string text) => SearchText.Normalize(text).Replace('-', ' ');
}
