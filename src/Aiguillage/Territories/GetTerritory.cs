using Aiguillage.Data;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Territories;

/// <summary>One territory with its parents; a municipal arrondissement or former commune code gives its current commune.</summary>
public sealed class GetTerritory(AppDbContext db)
{
    public async Task<TerritoryView?> HandleAsync(TerritoryLevel level, string code, CancellationToken cancellationToken = default)
    {
        code = code.Trim().ToUpperInvariant();
        var parents = await TerritoryParents.LoadAsync(db, cancellationToken);
        switch (level)
        {
            case TerritoryLevel.Pays:
                return code == TerritoryLevels.FranceCode
                    ? new TerritoryView(TerritoryLevel.Pays, code, "France", TerritoryZone.Metro, parents.Regions.Values.Sum(r => r.Population), [], null, null, null, null)
                    : null;
            case TerritoryLevel.Region:
                return parents.Regions.TryGetValue(code, out var region) ? parents.View(region) : null;
            case TerritoryLevel.Departement:
                return parents.Departements.TryGetValue(code, out var departement) ? parents.View(departement) : null;
            case TerritoryLevel.Epci:
                var epci = await db.Epcis.AsNoTracking().FirstOrDefaultAsync(e => e.Code == code, cancellationToken);
                if (epci is null)
                {
                    return null;
                }

                var members = await db.Communes.Where(c => c.EpciCode == code)
                    .GroupBy(c => new { c.DepartementCode, c.RegionCode })
                    .Select(g => new { g.Key.DepartementCode, g.Key.RegionCode, Count = g.Count() })
                    .ToListAsync(cancellationToken);
                var main = members.OrderByDescending(m => m.Count).FirstOrDefault();
                return new TerritoryView(
                    TerritoryLevel.Epci, epci.Code, epci.Name, parents.Departements.GetValueOrDefault(main?.DepartementCode ?? "")?.Zone ?? TerritoryZone.Metro,
                    epci.Population, [], parents.DepartementRef(main?.DepartementCode), parents.RegionRef(main?.RegionCode), null, members.Sum(m => m.Count));
            case TerritoryLevel.Commune:
                var target = await db.Communes.AnyAsync(c => c.Code == code, cancellationToken)
                    ? code
                    : await db.CommuneAliases.Where(a => a.Code == code).Select(a => a.CommuneCode).FirstOrDefaultAsync(cancellationToken);
                if (target is null)
                {
                    return null;
                }

                var commune = await db.Communes.AsNoTracking().Include(c => c.PostalCodes).FirstAsync(c => c.Code == target, cancellationToken);
                var communeEpci = commune.EpciCode is null ? null : await db.Epcis.AsNoTracking().FirstOrDefaultAsync(e => e.Code == commune.EpciCode, cancellationToken);
                return parents.View(commune, communeEpci);
            default:
                return null;
        }
    }
}
