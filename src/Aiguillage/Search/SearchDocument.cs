using Aiguillage.Browsing;
using Aiguillage.Taxonomy;

namespace Aiguillage.Search;

/// <summary>What one search document stands for: an offer or a structure of the snapshot, and the texts shown for it.</summary>
public sealed record SearchDocument(
    string Kind,
    int Id,
    string Name,
    string Description,
    string StructureName,
    string Networks,
    string Labels,
    string Places,
    IReadOnlyCollection<string> Zones,
    BrowseOffer? Offer,
    StructureEntry? Structure)
{
    /// <summary>The document's position in its index.</summary>
    public int Ord { get; init; }

    /// <summary>The other indexed texts, in one line: what a fragment shows when the match is there.</summary>
    public string Details => string.Join(" · ", new[] { StructureName, Networks, Labels, Places }.Where(t => t.Length > 0));

    public const string OfferKind = "offre";
    public const string StructureKind = "structure";

    /// <summary>The zone key of a whole country's offers, beside "region:75" and "departement:23".</summary>
    public const string Nationwide = "pays:FR";

    /// <summary>
    /// One document per published offer, then one per active structure, in the snapshot's order (so the same snapshot
    /// always gives the same ordinals, scores and ties).
    /// </summary>
    public static SearchDocument[] From(BrowseCatalog catalog, TaxonomySnapshot taxonomy) =>
        Documents(catalog, taxonomy).Select((d, ord) => d with { Ord = ord }).ToArray();

    /// <summary>The zone keys of a footprint: "pays:FR" when nationwide, and each région and département it reaches.</summary>
    private static IEnumerable<string> ZoneKeys(OfferFootprint footprint) =>
        (footprint.National ? [Nationwide] : Array.Empty<string>())
            .Concat(footprint.Regions.Select(r => "region:" + r))
            .Concat(footprint.Departements.Select(d => "departement:" + d));

    private static IEnumerable<SearchDocument> Documents(BrowseCatalog catalog, TaxonomySnapshot taxonomy)
    {
        string Join(IEnumerable<string> values) => string.Join(" ; ", values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal));

        foreach (var offer in catalog.Offers)
        {
            var view = offer.View;
            var structure = catalog.Structure(view.Structure.Id);
            yield return new SearchDocument(
                OfferKind,
                view.Id,
                view.Title,
                view.Description,
                view.Structure.Name,
                Join(structure?.Networks ?? []),
                Join(view.Types.Select(t => taxonomy.Label(TaxonomyKind.OfferType, t))
                    .Concat(view.Instruments.Select(i => taxonomy.Label(TaxonomyKind.FinancialInstrument, i)))),
                Join(view.Zones.Select(z => z.Name)),
                ZoneKeys(offer.Footprint).ToArray(),
                offer,
                structure);
        }

        foreach (var structure in catalog.Structures)
        {
            var places = new[] { structure.CommuneName, structure.DepartementCode is { } d ? catalog.Departement(d)?.Name : null, structure.RegionCode is { } r ? catalog.Region(r)?.Name : null }
                .OfType<string>()
                .Concat(catalog.OffersOf(structure).SelectMany(o => o.View.Zones).Select(z => z.Name));
            yield return new SearchDocument(
                StructureKind,
                structure.Id,
                structure.Name,
                structure.Description,
                "",
                Join(structure.Networks),
                Join(structure.Kinds.Select(k => taxonomy.Label(TaxonomyKind.StructureKind, k))),
                Join(places),
                new[] { structure.RegionCode is { } region ? "region:" + region : null, structure.DepartementCode is { } departement ? "departement:" + departement : null }
                    .OfType<string>()
                    .Concat(catalog.OffersOf(structure).SelectMany(o => ZoneKeys(o.Footprint)))
                    .Distinct(StringComparer.Ordinal)
                    .ToArray(),
                null,
                structure);
        }
    }
}
