using Aiguillage.Data;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Territories;

/// <summary>Régions and départements (a few dozen rows) read once per request to name parents and zones.</summary>
public sealed class TerritoryParents
{
    private TerritoryParents(Dictionary<string, Region> regions, Dictionary<string, Departement> departements)
    {
        Regions = regions;
        Departements = departements;
    }

    public IReadOnlyDictionary<string, Region> Regions { get; }

    public IReadOnlyDictionary<string, Departement> Departements { get; }

    public static async Task<TerritoryParents> LoadAsync(AppDbContext db, CancellationToken cancellationToken) => new(
        await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, cancellationToken),
        await db.Departements.AsNoTracking().ToDictionaryAsync(d => d.Code, StringComparer.Ordinal, cancellationToken));

    public TerritoryRef? RegionRef(string? code) =>
        code is not null && Regions.TryGetValue(code, out var r) ? new TerritoryRef(r.Code, r.Name) : null;

    public TerritoryRef? DepartementRef(string? code) =>
        code is not null && Departements.TryGetValue(code, out var d) ? new TerritoryRef(d.Code, d.Name) : null;

    public TerritoryView View(Region r) =>
        new(TerritoryLevel.Region, r.Code, r.Name, r.Zone, r.Population, [], null, null, null, null);

    public TerritoryView View(Departement d) =>
        new(TerritoryLevel.Departement, d.Code, d.Name, d.Zone, d.Population, [], null, RegionRef(d.RegionCode), null, null);

    public TerritoryView View(Commune c, Epci? epci = null) =>
        new(
            TerritoryLevel.Commune,
            c.Code,
            c.Name,
            c.Zone,
            c.Population,
            c.PostalCodes.Select(p => p.PostalCode).Order(StringComparer.Ordinal).ToList(),
            DepartementRef(c.DepartementCode),
            RegionRef(c.RegionCode),
            epci is null ? null : new TerritoryRef(epci.Code, epci.Name),
            null);
}
