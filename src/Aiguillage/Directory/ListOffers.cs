using Aiguillage.Catalogue;
using Aiguillage.Offers;
using Aiguillage.Territories;

namespace Aiguillage.Directory;

/// <summary>Filters of the offer and structure listings of the API: a région and/or a département, and the catalogue's attribute filters.</summary>
public sealed record OfferFilter(
    string? RegionCode = null,
    string? DepartementCode = null,
    string? Stage = null,
    string? Need = null,
    string? Public = null,
    string? Type = null,
    string? Cost = null)
{
    public CatalogueFilter Attributes => new(Stage, Need, Public, Type, Cost);

    /// <summary>The territories asked for; both must hold when both are given.</summary>
    public IEnumerable<(TerritoryLevel Level, string Code)> TerritoryCodes =>
        new[] { (TerritoryLevel.Region, RegionCode), (TerritoryLevel.Departement, DepartementCode) }
            .Where(t => t.Item2 is not null)
            .Select(t => (t.Item1, t.Item2!));
}

/// <summary>Lists the visible offers that match the filters, by page, from the catalogue snapshot.</summary>
public sealed class ListOffers(CatalogueProvider catalogue)
{
    public async Task<Page<OfferView>> HandleAsync(OfferFilter filter, int page, int size, CancellationToken cancellationToken = default)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        var offers = snapshot.OffersMatching(filter.Attributes, filter.TerritoryCodes).Select(o => o.View).ToList();
        return Page.Of(offers, page, size);
    }
}

/// <summary>One visible offer by id; null when it is unknown, not published, ended or its structure closed.</summary>
public sealed class GetOffer(CatalogueProvider catalogue)
{
    public async Task<OfferView?> HandleAsync(int id, CancellationToken cancellationToken = default) =>
        From(await catalogue.GetAsync(cancellationToken), id);

    /// <summary>The same on a snapshot a page already holds (its référentiels and day go with it).</summary>
    public static OfferView? From(CatalogueSnapshot snapshot, int id) => snapshot.Offer(id)?.View;
}
