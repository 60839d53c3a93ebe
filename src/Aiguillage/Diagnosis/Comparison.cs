using System.Collections.Concurrent;
using Aiguillage.Catalogue;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;

namespace Aiguillage.Diagnosis;

/// <summary>
/// Two headline indicators of a territory, comparable between territories: the share of the étape × besoin cells with a
/// local or regional offer, and the share of the population living where every stage has a local or regional offer
/// (averaged over the stages).
/// </summary>
public sealed record CoverageIndicators(double CoveredCells, double CoveredPopulation);

/// <summary>How a territory stands: its indicators, its parent's, and its rank among the territories of its level (1 = best covered).</summary>
public sealed record TerritoryComparison(
    CoverageIndicators Own,
    string? ParentName,
    CoverageIndicators? Parent,
    int CellsRank,
    int PopulationRank,
    int Peers,
    string PeersLabel);

/// <summary>
/// Compares a territory with its parent (a département with its région, an EPCI with the région most of its communes are in)
/// and with the territories of its level (régions, départements; the EPCI of its région). The peers' indicators are computed
/// once per catalogue generation and level, then kept.
/// </summary>
public sealed class Comparisons
{
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<string, CoverageIndicators>>> _peers = new(StringComparer.Ordinal);

    public TerritoryComparison? Compare(CatalogueSnapshot catalogue, TerritoryLevel level, string code, IReadOnlyDictionary<string, double> surfaces)
    {
        var all = IndicatorsOfPeers(catalogue, level, code, surfaces);
        if (!all.TryGetValue(code, out var own))
        {
            return null;
        }

        var (parentLevel, parentCode, parentName) = ParentOf(catalogue, level, code);
        var parent = parentCode is null ? null : IndicatorsOfPeers(catalogue, parentLevel, parentCode, surfaces).GetValueOrDefault(parentCode);
        int Rank(Func<CoverageIndicators, double> by) => 1 + all.Values.Count(v => by(v) > by(own) + 1e-9);
        return new TerritoryComparison(own, parentName, parent, Rank(v => v.CoveredCells), Rank(v => v.CoveredPopulation), all.Count, level switch
        {
            TerritoryLevel.Region => "régions",
            TerritoryLevel.Departement => "départements",
            _ => "intercommunalités de la région",
        });
    }

    /// <summary>The indicators of a territory and its peers, computed once per generation of the catalogue and kept.</summary>
    private IReadOnlyDictionary<string, CoverageIndicators> IndicatorsOfPeers(CatalogueSnapshot catalogue, TerritoryLevel level, string code, IReadOnlyDictionary<string, double> surfaces)
    {
        var peers = PeersOf(catalogue, level, code);
        var key = $"{catalogue.Generation}|{level}|{string.Join(",", peers.Take(3))}|{peers.Count}";
        if (_peers.Count > 64)
        {
            _peers.Clear();
        }

        return _peers.GetOrAdd(key, _ => new Lazy<IReadOnlyDictionary<string, CoverageIndicators>>(
            () => peers.Select(p => (p, Indicators(catalogue, level, p, surfaces))).Where(x => x.Item2 is not null).ToDictionary(x => x.p, x => x.Item2!))).Value;
    }

    /// <summary>The two indicators of one territory; null when it is unknown.</summary>
    public static CoverageIndicators? Indicators(CatalogueSnapshot catalogue, TerritoryLevel level, string code, IReadOnlyDictionary<string, double> surfaces)
    {
        var available = CatalogueRules.AvailableIn(catalogue, level, code);
        var communes = Diagnostician.CommunesOf(catalogue, level, code);
        if (available is null || communes.Count == 0)
        {
            return null;
        }

        var stages = catalogue.Taxonomy.Terms(TaxonomyKind.Stage).Select(t => t.Code).ToList();
        var needs = catalogue.Taxonomy.Terms(TaxonomyKind.Need).Select(t => t.Code).ToList();
        var territorial = catalogue.Offers.Where(available).Select(o => (Offer: o, Scale: DiagnosisRules.ScaleOf(o.Zones))).Where(x => x.Scale != OfferScale.National).ToList();
        var cells = stages.Sum(s => needs.Count(n => territorial.Any(x => CatalogueRules.ServesStage(x.Offer.Stages, s) && CatalogueRules.CoversNeed(x.Offer.Needs, n))));
        var population = communes.Sum(c => c.Population);
        var covered = stages.Select(s =>
        {
            var covered = CatalogueRules.AvailableWhereAnyOf(territorial.Where(x => CatalogueRules.ServesStage(x.Offer.Stages, s)).Select(x => x.Offer));
            var people = communes.Where(c => covered(c.Location)).Sum(c => c.Population);
            return population == 0 ? 0 : (double)people / population;
        }).DefaultIfEmpty(0).Average();
        return new CoverageIndicators(stages.Count * needs.Count == 0 ? 0 : (double)cells / (stages.Count * needs.Count), covered);
    }

    private static List<string> PeersOf(CatalogueSnapshot catalogue, TerritoryLevel level, string code) => level switch
    {
        TerritoryLevel.Region => catalogue.Regions.Select(r => r.Code).ToList(),
        TerritoryLevel.Departement => catalogue.Departements.Select(d => d.Code).ToList(),
        TerritoryLevel.Epci when RegionOfEpci(catalogue, code) is { } region =>
            Diagnostician.CommunesOf(catalogue, TerritoryLevel.Region, region).Select(c => c.EpciCode).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
        _ => [],
    };

    private static (TerritoryLevel Level, string? Code, string? Name) ParentOf(CatalogueSnapshot catalogue, TerritoryLevel level, string code) => level switch
    {
        TerritoryLevel.Departement when catalogue.Departement(code)?.RegionCode is { } r => (TerritoryLevel.Region, r, catalogue.Region(r)?.Name),
        TerritoryLevel.Epci when RegionOfEpci(catalogue, code) is { } r => (TerritoryLevel.Region, r, catalogue.Region(r)?.Name),
        _ => (TerritoryLevel.Pays, null, null),
    };

    private static string? RegionOfEpci(CatalogueSnapshot catalogue, string code) =>
        catalogue.Communes.InEpci(code).GroupBy(c => c.RegionCode).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key;
}
