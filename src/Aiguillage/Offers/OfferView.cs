using Aiguillage.Territories;

namespace Aiguillage.Offers;

public sealed record StructureRef(int Id, string Name, string? Website);

/// <summary>The dispositif an offer delivers, as shown beside it.</summary>
public sealed record DispositifRef(string Code, string Name, DispositifNature Nature);

/// <summary>An offer as shown to people and API clients (never the EF entity itself).</summary>
public sealed record OfferView(
    int Id,
    string Title,
    string Description,
    StructureRef Structure,
    IReadOnlyList<string> Types,
    IReadOnlyList<string> Instruments,
    IReadOnlyList<string> Stages,
    IReadOnlyList<string> Needs,
    IReadOnlyList<string> Publics,
    string? Cost,
    string? CostDetails,
    string? Conditions,
    string? HowToApply,
    string? ApplicationUrl,
    string? ContactEmail,
    string? ContactPhone,
    string? Duration,
    OfferStatus Status,
    IReadOnlyList<ZoneView> Zones,
    DateOnly? LastVerifiedOn,
    DateOnly? EndsOn,
    string Source,
    string SourceIdentifier,
    IReadOnlyList<string> SourceUrls,
    SourceDate? SourceDate = null,
    DispositifRef? Dispositif = null,
    bool PartialZones = false)
{
    public static OfferView From(Offer offer, Organisations.Structure structure, Func<CoverageZone, ZoneView> nameZone, DispositifRef? dispositif = null) => new(
        offer.Id,
        offer.Title,
        offer.Description,
        new StructureRef(structure.Id, structure.Name, structure.Website),
        offer.Types,
        offer.Instruments,
        offer.Stages,
        offer.Needs,
        offer.Publics,
        offer.Cost,
        offer.CostDetails,
        offer.Conditions,
        offer.HowToApply,
        offer.ApplicationUrl,
        offer.ContactEmail,
        offer.ContactPhone,
        offer.Duration,
        offer.Status,
        offer.Zones.Select(nameZone).ToList(),
        offer.LastVerifiedOn,
        offer.EndsOn,
        offer.Source,
        offer.SourceIdentifier,
        offer.SourceUrls,
        offer.SourceDate,
        dispositif,
        offer.PartialZones);
}

public sealed record Page<T>(int Total, int Number, int Size, IReadOnlyList<T> Items)
{
    public const int MaxSize = 100;

    public int PageCount => Size == 0 ? 0 : (Total + Size - 1) / Size;
}

public static class Page
{
    /// <summary>Page <paramref name="number"/> of a whole list.</summary>
    public static Page<T> Of<T>(IReadOnlyList<T> all, int number, int size) =>
        new(all.Count, number, size, all.Skip((number - 1) * size).Take(size).ToList());
}
