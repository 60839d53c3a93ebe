using Aiguillage.Catalogue;
using Aiguillage.Offers;

namespace Aiguillage.OpenData;

/// <summary>The two tables of data·inclusion's schema.</summary>
public enum DataInclusionTable
{
    Structures,
    Services,
}

/// <summary>The published catalogue in data·inclusion v1, streamed as JSON or CSV from the snapshot in hand.</summary>
public sealed class ExportDataInclusion(CatalogueProvider catalogue)
{
    public async Task WriteAsync(DataInclusionTable table, bool csv, string publicBaseUrl, Stream output, CancellationToken cancellationToken = default)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        var write = (table, csv) switch
        {
            (DataInclusionTable.Structures, false) => OpenDataWriter.WriteJsonArrayAsync(MapToDataInclusion.Structures(snapshot, publicBaseUrl), output, cancellationToken),
            (DataInclusionTable.Structures, true) => OpenDataWriter.WriteCsvAsync(MapToDataInclusion.Structures(snapshot, publicBaseUrl), output, cancellationToken),
            (DataInclusionTable.Services, false) => OpenDataWriter.WriteJsonArrayAsync(MapToDataInclusion.Services(snapshot, publicBaseUrl), output, cancellationToken),
            _ => OpenDataWriter.WriteCsvAsync(MapToDataInclusion.Services(snapshot, publicBaseUrl), output, cancellationToken),
        };
        await write;
    }
}

/// <summary>Open Referral HSDS 3.0 reads of the published catalogue: pages of services and organizations, and one by its UUID.</summary>
public sealed class ReadHsds(CatalogueProvider catalogue)
{
    public async Task<HsdsPage<HsdsService>> ServicesAsync(int page, int perPage, string publicBaseUrl, CancellationToken cancellationToken = default)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        return PageOf(snapshot.Offers, page, perPage, o => MapToHsds.Service(snapshot, o, publicBaseUrl));
    }

    public async Task<HsdsPage<HsdsOrganization>> OrganizationsAsync(int page, int perPage, string publicBaseUrl, CancellationToken cancellationToken = default)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        return PageOf(snapshot.Structures, page, perPage, s => MapToHsds.Organization(snapshot, s, publicBaseUrl, withServices: false));
    }

    /// <summary>The visible offer with this UUID; null when there is none (unknown, not published, ended or of a closed structure).</summary>
    public async Task<HsdsService?> ServiceAsync(Guid id, string publicBaseUrl, CancellationToken cancellationToken = default)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        var offer = snapshot.Derived(HsdsIds.Of).Offer(snapshot, id);
        return offer is null ? null : MapToHsds.Service(snapshot, offer, publicBaseUrl);
    }

    /// <summary>The open structure with this UUID, with its services; null when there is none.</summary>
    public async Task<HsdsOrganization?> OrganizationAsync(Guid id, string publicBaseUrl, CancellationToken cancellationToken = default)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        var structure = snapshot.Derived(HsdsIds.Of).Structure(snapshot, id);
        return structure is null ? null : MapToHsds.Organization(snapshot, structure, publicBaseUrl, withServices: true);
    }

    private static HsdsPage<TOut> PageOf<TIn, TOut>(IReadOnlyList<TIn> all, int page, int perPage, Func<TIn, TOut> map)
    {
        var slice = Page.Of(all, page, perPage);
        var contents = slice.Items.Select(map).ToList();
        return new HsdsPage<TOut>(slice.Total, slice.PageCount, page, perPage, page == 1, page >= slice.PageCount, slice.Total == 0, contents);
    }
}

/// <summary>The UUIDs of a snapshot's offers and structures, computed once per snapshot to find a record by its UUID.</summary>
internal sealed class HsdsIds
{
    private readonly Dictionary<Guid, int> _offers;
    private readonly Dictionary<Guid, int> _structures;

    private HsdsIds(CatalogueSnapshot snapshot)
    {
        _offers = snapshot.Offers.ToDictionary(o => MapToHsds.ServiceUuid(o.Id), o => o.Id);
        _structures = snapshot.Structures.ToDictionary(s => MapToHsds.OrganizationUuid(s.Id), s => s.Id);
    }

    public static HsdsIds Of(CatalogueSnapshot snapshot) => new(snapshot);

    public CatalogueOffer? Offer(CatalogueSnapshot snapshot, Guid id) => _offers.TryGetValue(id, out var offer) ? snapshot.Offer(offer) : null;

    public StructureEntry? Structure(CatalogueSnapshot snapshot, Guid id) => _structures.TryGetValue(id, out var structure) ? snapshot.Structure(structure) : null;
}
