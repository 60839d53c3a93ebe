using Aiguillage.Catalogue;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;

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
    CatalogueOffer? Offer,
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
    public static SearchDocument[] From(CatalogueSnapshot catalog, TaxonomySnapshot taxonomy)
    {
        // Built for 100 000 offers in one go: zone keys are shared strings, and the small lists are deduplicated in one
        // reused buffer rather than with a set per field and per document.
        var keys = new Dictionary<(TerritoryLevel, string), string>();
        string Key(TerritoryLevel level, string code)
        {
            if (!keys.TryGetValue((level, code), out var key))
            {
                key = $"{level.ToCode()}:{code}";
                keys.Add((level, code), key);
            }

            return key;
        }

        void AddKeys(Distinct list, OfferFootprint footprint)
        {
            if (footprint.National)
            {
                list.Add(Nationwide);
            }

            foreach (var region in footprint.Regions)
            {
                list.Add(Key(TerritoryLevel.Region, region));
            }

            foreach (var departement in footprint.Departements)
            {
                list.Add(Key(TerritoryLevel.Departement, departement));
            }
        }

        var documents = new SearchDocument[catalog.Offers.Count + catalog.Structures.Count];
        var ord = 0;
        var texts = new Distinct();

        foreach (var offer in catalog.Offers)
        {
            var view = offer.View;
            var structure = catalog.Structure(view.Structure.Id);
            texts.AddRange(structure?.Networks ?? []);
            var networks = texts.Join(" ; ");
            texts.AddRange(view.Types.Select(t => taxonomy.Label(TaxonomyKind.OfferType, t)));
            texts.AddRange(view.Instruments.Select(i => taxonomy.Label(TaxonomyKind.FinancialInstrument, i)));
            var labels = texts.Join(" ; ");
            texts.AddRange(view.Zones.Select(z => z.Name));
            var places = texts.Join(" ; ");
            AddKeys(texts, offer.Footprint);
            documents[ord] = new SearchDocument(
                OfferKind, view.Id, view.Title, view.Description, view.Structure.Name, networks, labels, places, texts.ToArray(), offer, structure)
            {
                Ord = ord,
            };
            ord++;
        }

        foreach (var structure in catalog.Structures)
        {
            texts.AddRange(structure.Networks);
            var networks = texts.Join(" ; ");
            texts.AddRange(structure.Kinds.Select(k => taxonomy.Label(TaxonomyKind.StructureKind, k)));
            var labels = texts.Join(" ; ");
            texts.Add(structure.CommuneName);
            texts.Add(structure.DepartementCode is { } d ? catalog.Departement(d)?.Name : null);
            texts.Add(structure.RegionCode is { } r ? catalog.Region(r)?.Name : null);
            foreach (var offer in catalog.OffersOf(structure))
            {
                texts.AddRange(offer.View.Zones.Select(z => z.Name));
            }

            var places = texts.Join(" ; ");
            texts.Add(structure.RegionCode is { } region ? Key(TerritoryLevel.Region, region) : null);
            texts.Add(structure.DepartementCode is { } departement ? Key(TerritoryLevel.Departement, departement) : null);
            foreach (var offer in catalog.OffersOf(structure))
            {
                AddKeys(texts, offer.Footprint);
            }

            documents[ord] = new SearchDocument(StructureKind, structure.Id, structure.Name, structure.Description, "", networks, labels, places, texts.ToArray(), null, structure)
            {
                Ord = ord,
            };
            ord++;
        }

        return documents;
    }

    /// <summary>A reused buffer of distinct, non-blank strings in the order first seen.</summary>
    private sealed class Distinct
    {
        private readonly List<string> _values = [];
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public void Add(string? value)
        {
            if (!string.IsNullOrWhiteSpace(value) && _seen.Add(value))
            {
                _values.Add(value);
            }
        }

        public void AddRange(IEnumerable<string> values)
        {
            foreach (var value in values)
            {
                Add(value);
            }
        }

        /// <summary>The values joined by the separator, and the buffer emptied.</summary>
        public string Join(string separator)
        {
            var joined = _values.Count == 1 ? _values[0] : string.Join(separator, _values);
            Clear();
            return joined;
        }

        /// <summary>The values, and the buffer emptied.</summary>
        public string[] ToArray()
        {
            var values = _values.ToArray();
            Clear();
            return values;
        }

        private void Clear()
        {
            _values.Clear();
            _seen.Clear();
        }
    }
}
