using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Pathways;

/// <summary>
/// The published chains, as everyone reads them: for a commune (orientation results), for a territory (API, diagnosis),
/// each step with the offers of the catalogue that are still published.
/// </summary>
public sealed class ReadChains(AppDbContext db, CatalogueProvider catalogue)
{
    /// <summary>The published chains serving a commune (for the orientation results).</summary>
    public async Task<IReadOnlyList<ShownChain>> ForCommuneAsync(CommuneLocation commune, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        var candidates = new[] { $"region:{commune.RegionCode}", $"departement:{commune.DepartementCode}" };
        var chains = await db.Set<SupportChain>().AsNoTracking().Where(c => c.Status == ChainStatus.Published && candidates.Contains(c.Territory)).ToListAsync(cancellationToken);
        return chains.Where(c => SupportChain.Serves(c.Territory, commune)).Select(c => Show(snapshot, c)).ToList();
    }

    /// <summary>The published chains of a territory and of the territories containing it (for the API and the diagnosis).</summary>
    public async Task<IReadOnlyList<ShownChain>> ForTerritoryAsync(TerritoryLevel level, string code, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        var territories = new List<string>();
        switch (level)
        {
            case TerritoryLevel.Region:
                territories.Add($"region:{code}");
                territories.AddRange(snapshot.Departements.Where(d => d.RegionCode == code).Select(d => $"departement:{d.Code}"));
                break;
            case TerritoryLevel.Departement:
                territories.Add($"departement:{code}");
                if (snapshot.Departement(code)?.RegionCode is { } region)
                {
                    territories.Add($"region:{region}");
                }

                break;
            case TerritoryLevel.Pays:
                return (await db.Set<SupportChain>().AsNoTracking().Where(c => c.Status == ChainStatus.Published).OrderBy(c => c.Name).ToListAsync(cancellationToken))
                    .Select(c => Show(snapshot, c)).ToList();
        }

        return (await db.Set<SupportChain>().AsNoTracking().Where(c => c.Status == ChainStatus.Published && territories.Contains(c.Territory)).OrderBy(c => c.Name).ToListAsync(cancellationToken))
            .Select(c => Show(snapshot, c)).ToList();
    }

    private static ShownChain Show(CatalogueSnapshot snapshot, SupportChain chain)
    {
        var territoryName = CoverageZone.TryParse(chain.Territory, out var zone) ? snapshot.Names.Name(zone) : chain.Territory;
        return new ShownChain(chain.Id, chain.Name, chain.Description, chain.Territory, territoryName,
            chain.Steps.Select(s => new ShownStep(s.Stage, snapshot.Taxonomy.Label(TaxonomyKind.Stage, s.Stage), s.Title, s.Description,
                s.OfferIds.Select(snapshot.Offer).OfType<CatalogueOffer>().ToList(), s.Handover)).ToList());
    }

    /// <summary>The stages a chain leaves without any published offer (the diagnosis says so).</summary>
    public static IReadOnlyList<string> UncoveredStages(ShownChain chain, IEnumerable<string> stages) =>
        stages.Where(stage => !chain.Steps.Any(s => s.Stage == stage && s.Offers.Count > 0)).ToList();
}
