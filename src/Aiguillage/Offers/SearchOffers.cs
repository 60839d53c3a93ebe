using Aiguillage.Data;
using Aiguillage.Territories;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Offers;

/// <summary>Lists the published, unexpired offers that match the filters, by page.</summary>
public sealed class SearchOffers(AppDbContext db, TimeProvider clock)
{
    public async Task<Page<OfferView>> HandleAsync(OfferFilter filter, int page, int size, CancellationToken cancellationToken = default)
    {
        var query = await VisibleOffersAsync(db, clock, filter, cancellationToken);
        var total = await query.CountAsync(cancellationToken);
        var offers = await query
            .OrderBy(o => o.Id)
            .Skip((page - 1) * size)
            .Take(size)
            .Include(o => o.Structure)
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var parents = await TerritoryParents.LoadAsync(db, cancellationToken);
        var nameZone = await parents.NamerAsync(db, offers.SelectMany(o => o.Zones), cancellationToken);
        return new Page<OfferView>(total, page, size, offers.Select(o => OfferView.From(o, o.Structure!, nameZone)).ToList());
    }

    /// <summary>The published offers, not expired, filtered; shared by the structure listing.</summary>
    public static async Task<IQueryable<Offer>> VisibleOffersAsync(AppDbContext db, TimeProvider clock, OfferFilter filter, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var query = db.Offers.Where(o => o.Status == OfferStatus.Published && (o.EndsOn == null || o.EndsOn >= today));
        if (filter.Stage is { } stage)
        {
            query = query.Where(o => o.Stages.Contains(stage));
        }

        if (filter.Need is { } need)
        {
            query = query.Where(o => o.Needs.Contains(need));
        }

        if (filter.Public is { } audience)
        {
            query = query.Where(o => o.Publics.Count == 0 || o.Publics.Contains(audience));
        }

        if (filter.Type is { } type)
        {
            query = query.Where(o => o.Types.Contains(type));
        }

        var keys = await TerritoryScope.KeysAsync(db, filter, cancellationToken);
        if (keys is not null)
        {
            query = query.Where(o => o.ZoneKeys.Any(k => keys.Contains(k)));
        }

        return query;
    }
}

/// <summary>One offer by id, whatever its status (the page says when it is not published).</summary>
public sealed class GetOffer(AppDbContext db)
{
    public async Task<OfferView?> HandleAsync(int id, CancellationToken cancellationToken = default)
    {
        var offer = await db.Offers.AsNoTracking().Include(o => o.Structure).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (offer is null)
        {
            return null;
        }

        var parents = await TerritoryParents.LoadAsync(db, cancellationToken);
        var nameZone = await parents.NamerAsync(db, offer.Zones, cancellationToken);
        return OfferView.From(offer, offer.Structure!, nameZone);
    }
}
