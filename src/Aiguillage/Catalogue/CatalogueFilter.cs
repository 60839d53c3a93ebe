using Aiguillage.Offers;
using Aiguillage.Taxonomy;

namespace Aiguillage.Catalogue;

/// <summary>
/// The attribute filters every reader offers (annuaire, search, map, coverage, listings); null means "any". Public follows
/// the orientation: an offer without restriction accepts every public. The rule itself is <see cref="CatalogueRules.Accepts"/>.
/// </summary>
public sealed record CatalogueFilter(string? Stage = null, string? Need = null, string? Public = null, string? Type = null, string? Cost = null)
{
    public string? Value(TaxonomyKind kind) => kind switch
    {
        TaxonomyKind.Stage => Stage,
        TaxonomyKind.Need => Need,
        TaxonomyKind.Public => Public,
        TaxonomyKind.OfferType => Type,
        TaxonomyKind.Cost => Cost,
        _ => null,
    };

    public CatalogueFilter With(TaxonomyKind kind, string? value) => kind switch
    {
        TaxonomyKind.Stage => this with { Stage = value },
        TaxonomyKind.Need => this with { Need = value },
        TaxonomyKind.Public => this with { Public = value },
        TaxonomyKind.OfferType => this with { Type = value },
        TaxonomyKind.Cost => this with { Cost = value },
        _ => this,
    };

    public bool IsEmpty => Stage is null && Need is null && Public is null && Type is null && Cost is null;

    public bool Accepts(OfferView offer) => CatalogueRules.Accepts(this, offer);
}

/// <summary>One class of offers in a tally: an offer standing for the class, and how many offers the class holds.</summary>
public sealed record FilterClass(CatalogueOffer Sample, int Count);

/// <summary>
/// The offers of a snapshot sorted into classes by what <see cref="CatalogueRules.Accepts"/> reads (stages, needs, publics,
/// types, cost): a filter accepts every offer of a class or none, so a count over many offers asks the rule once per class
/// rather than once per offer. Built once per snapshot. Keep <see cref="KeyOf"/> in step with the rule.
/// </summary>
public sealed class FilterClasses
{
    private readonly Dictionary<int, int> _classOf = [];

    private FilterClasses(CatalogueSnapshot catalog)
    {
        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var offer in catalog.Offers)
        {
            var key = KeyOf(offer.View);
            if (!classes.TryGetValue(key, out var index))
            {
                index = classes.Count;
                classes.Add(key, index);
            }

            _classOf[offer.Id] = index;
        }
    }

    public static FilterClasses Of(CatalogueSnapshot catalog) => catalog.Derived(static c => new FilterClasses(c));

    /// <summary>What the filter rule reads of an offer, as one string: two offers with the same key pass the same filters.</summary>
    public static string KeyOf(OfferView offer) =>
        string.Join('\u001e', string.Join('\u001f', offer.Stages), string.Join('\u001f', offer.Needs), string.Join('\u001f', offer.Publics),
            string.Join('\u001f', offer.Types), offer.Cost);

    /// <summary>The offers in classes, in the order each class is first met.</summary>
    public IReadOnlyList<FilterClass> Tally(IEnumerable<CatalogueOffer> offers)
    {
        var positions = new Dictionary<int, int>();
        var samples = new List<CatalogueOffer>();
        var counts = new List<int>();
        foreach (var offer in offers)
        {
            var index = _classOf.TryGetValue(offer.Id, out var known) ? known : -1 - offer.Id; // not in the snapshot: a class of its own
            if (positions.TryGetValue(index, out var position))
            {
                counts[position]++;
            }
            else
            {
                positions.Add(index, samples.Count);
                samples.Add(offer);
                counts.Add(1);
            }
        }

        return samples.Select((sample, i) => new FilterClass(sample, counts[i])).ToList();
    }

    /// <summary>How many of the tallied offers pass the filter.</summary>
    public static int Count(IReadOnlyList<FilterClass> tally, CatalogueFilter filter)
    {
        var count = 0;
        foreach (var item in tally)
        {
            if (filter.Accepts(item.Sample.View))
            {
                count += item.Count;
            }
        }

        return count;
    }
}
