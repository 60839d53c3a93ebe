using Aiguillage.Catalogue;
using Aiguillage.Territories;

namespace Aiguillage.Maps;

/// <summary>How many published offers are available in a territory, and how many cover all of it.</summary>
public sealed record TerritoryCoverage(string Code, string Name, TerritoryZone Zone, int Offers, int OffersOnWholeTerritory);

public sealed record CoverageReport(TerritoryLevel Level, string? Stage, string? Need, IReadOnlyList<TerritoryCoverage> Territories)
{
    public int Max => Territories.Count == 0 ? 0 : Territories.Max(t => t.Offers);
}

/// <summary>
/// Counts, for each of the 101 départements (or each région), the published offers available there for a stage and a need.
/// National offers count everywhere; an offer on a commune or an EPCI counts in its département, but not as covering it whole.
/// </summary>
public sealed class CountCoverage(CatalogueProvider catalogs)
{
    public async Task<CoverageReport> HandleAsync(TerritoryLevel level, string? stage, string? need, CancellationToken cancellationToken = default)
    {
        return Count(await catalogs.GetAsync(cancellationToken), level, stage, need);
    }

    /// <summary>Counts every territory against every offer; kept for the snapshot, as the same few questions come back.</summary>
    public static CoverageReport Count(CatalogueSnapshot catalog, TerritoryLevel level, string? stage, string? need) =>
        catalog.Memo<CountCoverage, CoverageReport>(500) // bounded: stage and need are free text to this method
            .GetOrAdd(catalog.Generation, string.Join('\u001f', level, stage, need), () => Compute(catalog, level, stage, need));

    private static CoverageReport Compute(CatalogueSnapshot catalog, TerritoryLevel level, string? stage, string? need)
    {
        if (level is not (TerritoryLevel.Departement or TerritoryLevel.Region))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "La couverture se compte par département ou par région.");
        }

        var offers = catalog.Offers
            .Where(o => new CatalogueFilter(Stage: stage, Need: need).Accepts(o.View))
            .Select(o => o.Footprint)
            .ToList();
        var territories = level == TerritoryLevel.Departement ? catalog.Departements : catalog.Regions;
        return new CoverageReport(
            level,
            stage,
            need,
            territories.Select(t => new TerritoryCoverage(
                t.Code,
                t.Name,
                t.Zone,
                offers.Count(f => CatalogueRules.IsAvailableIn(f, level, t.Code)),
                offers.Count(f => CatalogueRules.CoversWhole(f, level, t.Code)))).ToList());
    }
}
