using System.Collections.Frozen;
using Aiguillage.Data;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Territories;

/// <summary>The official codes known to the database, to validate zones and communes without a query per value.</summary>
public sealed class TerritoryCodes
{
    public TerritoryCodes(
        IEnumerable<string> regions,
        IEnumerable<string> departements,
        IEnumerable<string> epcis,
        IEnumerable<string> communes,
        IEnumerable<KeyValuePair<string, string>> communeAliases)
    {
        Regions = regions.ToFrozenSet(StringComparer.Ordinal);
        Departements = departements.ToFrozenSet(StringComparer.Ordinal);
        Epcis = epcis.ToFrozenSet(StringComparer.Ordinal);
        Communes = communes.ToFrozenSet(StringComparer.Ordinal);
        CommuneAliases = communeAliases.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public FrozenSet<string> Regions { get; }

    public FrozenSet<string> Departements { get; }

    public FrozenSet<string> Epcis { get; }

    public FrozenSet<string> Communes { get; }

    /// <summary>Arrondissement, delegated or former code → current commune code.</summary>
    public FrozenDictionary<string, string> CommuneAliases { get; }

    public bool IsEmpty => Communes.Count == 0;

    /// <summary>The current commune a code designates, following arrondissements and former codes; null if unknown.</summary>
    public string? ResolveCommune(string code) =>
        Communes.Contains(code) ? code : CommuneAliases.GetValueOrDefault(code);

    public bool Exists(TerritoryLevel level, string code) => level switch
    {
        TerritoryLevel.Pays => code == TerritoryLevels.FranceCode,
        TerritoryLevel.Region => Regions.Contains(code),
        TerritoryLevel.Departement => Departements.Contains(code),
        TerritoryLevel.Epci => Epcis.Contains(code),
        TerritoryLevel.Commune => Communes.Contains(code),
        _ => false,
    };
}

public sealed class LoadTerritoryCodes(AppDbContext db)
{
    public async Task<TerritoryCodes> HandleAsync(CancellationToken cancellationToken = default) => new(
        await db.Regions.Select(r => r.Code).ToListAsync(cancellationToken),
        await db.Departements.Select(d => d.Code).ToListAsync(cancellationToken),
        await db.Epcis.Select(e => e.Code).ToListAsync(cancellationToken),
        await db.Communes.Select(c => c.Code).ToListAsync(cancellationToken),
        (await db.CommuneAliases.Select(a => new { a.Code, a.CommuneCode }).ToListAsync(cancellationToken))
            .Select(a => KeyValuePair.Create(a.Code, a.CommuneCode)));
}
