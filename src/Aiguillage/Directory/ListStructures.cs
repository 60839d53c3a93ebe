using Aiguillage.Catalogue;
using Aiguillage.Offers;
using Aiguillage.Territories;

namespace Aiguillage.Directory;

public sealed record StructureView(
    int Id,
    string Name,
    IReadOnlyList<string> Kinds,
    string? Siret,
    CommuneEntry? Commune,
    string? Website,
    string? Email,
    string? Phone,
    IReadOnlyList<string> Networks,
    bool IsEssSpecialist,
    string Description,
    DateOnly? LastVerifiedOn,
    string Source,
    string SourceIdentifier,
    IReadOnlyList<string> SourceUrls,
    IReadOnlyList<OfferView> Offers)
{
    public static StructureView From(StructureEntry s, IReadOnlyList<OfferView> offers) => new(
        s.Id, s.Name, s.Kinds, s.Siret, s.Commune, s.Website, s.Email, s.Phone, s.Networks, s.IsEssSpecialist, s.Description,
        s.LastVerifiedOn, s.Source, s.SourceIdentifier, s.SourceUrls, offers);
}

/// <summary>
/// Open structures that match the listing's filters: without attribute filters, those serving the territory (a visible
/// offer available there, or their address there); with them, those with a visible offer there that passes them.
/// </summary>
public sealed class ListStructures(CatalogueProvider catalogue)
{
    public async Task<Page<StructureView>> HandleAsync(OfferFilter filter, int page, int size, CancellationToken cancellationToken = default)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        var structures = snapshot.StructuresMatching(filter.Attributes, filter.TerritoryCodes).Select(s => StructureView.From(s, [])).ToList();
        return Page.Of(structures, page, size);
    }
}

/// <summary>One open structure with its visible offers; null when unknown or closed.</summary>
public sealed class GetStructure(CatalogueProvider catalogue)
{
    public async Task<StructureView?> HandleAsync(int id, CancellationToken cancellationToken = default) =>
        From(await catalogue.GetAsync(cancellationToken), id);

    /// <summary>The same on a snapshot a page already holds.</summary>
    public static StructureView? From(CatalogueSnapshot snapshot, int id) =>
        snapshot.Structure(id) is { } structure
            ? StructureView.From(structure, snapshot.OffersOf(structure).Select(o => o.View).ToList())
            : null;
}
