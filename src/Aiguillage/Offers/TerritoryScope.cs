using Aiguillage.Data;
using Aiguillage.Territories;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Offers;

/// <summary>
/// The zone keys under which an offer is available in a région or a département: the country, the région,
/// the département(s), and the EPCI and communes inside it. An offer whose zones meet this set serves someone there.
/// </summary>
public static class TerritoryScope
{
    public static async Task<List<string>?> KeysAsync(AppDbContext db, OfferFilter filter, CancellationToken cancellationToken)
    {
        if (filter.DepartementCode is { } departementCode)
        {
            var departement = await db.Departements.AsNoTracking().FirstOrDefaultAsync(d => d.Code == departementCode, cancellationToken);
            if (departement is null)
            {
                return [];
            }

            var keys = new List<string> { CoverageZone.France.ToString(), Key(TerritoryLevel.Region, departement.RegionCode), Key(TerritoryLevel.Departement, departement.Code) };
            await AddCommunesAndEpcisAsync(db, db.Communes.Where(c => c.DepartementCode == departementCode), keys, cancellationToken);
            return keys;
        }

        if (filter.RegionCode is { } regionCode)
        {
            if (!await db.Regions.AnyAsync(r => r.Code == regionCode, cancellationToken))
            {
                return [];
            }

            var keys = new List<string> { CoverageZone.France.ToString(), Key(TerritoryLevel.Region, regionCode) };
            keys.AddRange((await db.Departements.Where(d => d.RegionCode == regionCode).Select(d => d.Code).ToListAsync(cancellationToken))
                .Select(c => Key(TerritoryLevel.Departement, c)));
            await AddCommunesAndEpcisAsync(db, db.Communes.Where(c => c.RegionCode == regionCode), keys, cancellationToken);
            return keys;
        }

        return null;
    }

    private static async Task AddCommunesAndEpcisAsync(AppDbContext db, IQueryable<Commune> communes, List<string> keys, CancellationToken cancellationToken)
    {
        var rows = await communes.Select(c => new { c.Code, c.EpciCode }).ToListAsync(cancellationToken);
        keys.AddRange(rows.Select(r => Key(TerritoryLevel.Commune, r.Code)));
        keys.AddRange(rows.Where(r => r.EpciCode != null).Select(r => r.EpciCode!).Distinct().Select(c => Key(TerritoryLevel.Epci, c)));
    }

    private static string Key(TerritoryLevel level, string code) => new CoverageZone(level, code).ToString();
}
