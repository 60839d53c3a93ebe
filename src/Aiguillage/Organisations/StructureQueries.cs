using Aiguillage.Data;
using Aiguillage.Offers;
using Aiguillage.Territories;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Organisations;

public sealed record StructureView(
    int Id,
    string Name,
    IReadOnlyList<string> Kinds,
    string? Siret,
    TerritoryView? Commune,
    string? Website,
    string? Email,
    string? Phone,
    IReadOnlyList<string> Networks,
    bool IsEssSpecialist,
    string Description,
    DateOnly LastVerifiedOn,
    StructureStatus Status,
    string Source,
    string SourceIdentifier,
    IReadOnlyList<string> SourceUrls,
    IReadOnlyList<OfferView> Offers);

/// <summary>Structures that serve a territory: one of their visible offers covers it, or their address is there.</summary>
public sealed class ListStructures(AppDbContext db, TimeProvider clock)
{
    public async Task<Page<StructureView>> HandleAsync(OfferFilter filter, int page, int size, CancellationToken cancellationToken = default)
    {
        var offers = await SearchOffers.VisibleOffersAsync(db, clock, filter with { Stage = null, Need = null, Public = null, Type = null }, cancellationToken);
        var query = db.Structures.Where(s => s.Status == StructureStatus.Active);
        if (filter.DepartementCode is { } departement)
        {
            query = query.Where(s => offers.Any(o => o.StructureId == s.Id) || db.Communes.Any(c => c.Code == s.CommuneCode && c.DepartementCode == departement));
        }
        else if (filter.RegionCode is { } region)
        {
            query = query.Where(s => offers.Any(o => o.StructureId == s.Id) || db.Communes.Any(c => c.Code == s.CommuneCode && c.RegionCode == region));
        }

        var total = await query.CountAsync(cancellationToken);
        var structures = await query.OrderBy(s => s.Id).Skip((page - 1) * size).Take(size).AsNoTracking().ToListAsync(cancellationToken);
        var parents = await TerritoryParents.LoadAsync(db, cancellationToken);
        var communeCodes = structures.Where(s => s.CommuneCode != null).Select(s => s.CommuneCode!).Distinct().ToList();
        var communes = await db.Communes.AsNoTracking().Include(c => c.PostalCodes).Where(c => communeCodes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, cancellationToken);
        var items = structures
            .Select(s => StructureViews.From(s, s.CommuneCode is { } code && communes.TryGetValue(code, out var c) ? parents.View(c) : null, []))
            .ToList();
        return new Page<StructureView>(total, page, size, items);
    }
}

/// <summary>One structure with its published offers.</summary>
public sealed class GetStructure(AppDbContext db, TimeProvider clock, GetTerritory getTerritory)
{
    public async Task<StructureView?> HandleAsync(int id, CancellationToken cancellationToken = default)
    {
        var structure = await db.Structures.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (structure is null)
        {
            return null;
        }

        var visible = await SearchOffers.VisibleOffersAsync(db, clock, new OfferFilter(), cancellationToken);
        var offers = await visible.Where(o => o.StructureId == id).OrderBy(o => o.Id).AsNoTracking().ToListAsync(cancellationToken);
        var parents = await TerritoryParents.LoadAsync(db, cancellationToken);
        var nameZone = await parents.NamerAsync(db, offers.SelectMany(o => o.Zones), cancellationToken);
        var commune = structure.CommuneCode is null ? null : await getTerritory.HandleAsync(TerritoryLevel.Commune, structure.CommuneCode, cancellationToken);
        return StructureViews.From(structure, commune, offers.Select(o => OfferView.From(o, structure, nameZone)).ToList());
    }
}

internal static class StructureViews
{
    public static StructureView From(Structure s, TerritoryView? commune, IReadOnlyList<OfferView> offers) => new(
        s.Id, s.Name, s.Kinds, s.Siret, commune, s.Website, s.Email, s.Phone, s.Networks, s.IsEssSpecialist, s.Description,
        s.LastVerifiedOn, s.Status, s.Source, s.SourceIdentifier, s.SourceUrls, offers);
}
