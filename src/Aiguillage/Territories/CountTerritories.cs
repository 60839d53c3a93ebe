using Aiguillage.Data;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Territories;

public sealed record TerritoryCounts(int Regions, int Departements, int Epcis, int Communes, string? DatasetVersion);

/// <summary>How many territories of métropole and DROM are loaded (the COM are kept but counted apart), and from which version.</summary>
public sealed class CountTerritories(AppDbContext db)
{
    public async Task<TerritoryCounts> HandleAsync(CancellationToken cancellationToken = default) => new(
        await db.Regions.CountAsync(r => r.Zone != TerritoryZone.Com, cancellationToken),
        await db.Departements.CountAsync(d => d.Zone != TerritoryZone.Com, cancellationToken),
        await db.Epcis.CountAsync(cancellationToken),
        await db.Communes.CountAsync(c => c.Zone != TerritoryZone.Com, cancellationToken),
        await db.TerritoryDatasets.Select(d => d.Version).FirstOrDefaultAsync(cancellationToken));
}
