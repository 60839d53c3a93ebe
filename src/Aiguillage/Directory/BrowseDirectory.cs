using System.Globalization;
using Aiguillage.Catalogue;
using Aiguillage.Offers;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;

namespace Aiguillage.Directory;

/// <summary>What the directory lists: the offers, or the structures that carry them.</summary>
public enum DirectoryView
{
    Offers,
    Structures,
}

public sealed record DirectoryQuery(TerritoryLevel Level, string Code, CatalogueFilter Filter, DirectoryView View, int Page, int Size)
{
    /// <summary>The facets the directory counts, in the order pages show them.</summary>
    public static IReadOnlyList<TaxonomyKind> Facets { get; } =
        [TaxonomyKind.Stage, TaxonomyKind.Need, TaxonomyKind.Public, TaxonomyKind.OfferType, TaxonomyKind.Cost];
}

public sealed record DirectoryTerritory(TerritoryLevel Level, string Code, string Name);

/// <summary>A territory below the current one, with what the directory would list there under the same filters.</summary>
public sealed record TerritoryCount(DirectoryTerritory Territory, int Offers, int Structures);

public sealed record FacetValue(string Code, string Label, int Count, bool Selected);

public sealed record Facet(TaxonomyKind Kind, IReadOnlyList<FacetValue> Values);

/// <summary>An active structure in a listing, with the number of its offers that match the filters in the territory.</summary>
public sealed record StructureListing(StructureEntry Structure, int MatchingOffers);

public sealed record DirectoryPage(
    DirectoryTerritory Territory,
    IReadOnlyList<DirectoryTerritory> Ancestors,
    IReadOnlyList<TerritoryCount> Children,
    IReadOnlyList<Facet> Facets,
    int OfferCount,
    int StructureCount,
    Page<OfferView> Offers,
    Page<StructureListing> Structures);

/// <summary>
/// A directory listing before paging: everything a page of it shows but the slice of offers or structures. It depends
/// only on the catalogue and the query without its page, so it is computed once per catalogue generation.
/// </summary>
public sealed record DirectoryListingResult(
    DirectoryTerritory Territory,
    IReadOnlyList<DirectoryTerritory> Ancestors,
    IReadOnlyList<TerritoryCount> Children,
    IReadOnlyList<Facet> Facets,
    IReadOnlyList<OfferView> Offers,
    IReadOnlyList<StructureListing> Structures)
{
    public DirectoryPage Page(int page, int size) => new(
        Territory,
        Ancestors,
        Children,
        Facets,
        Offers.Count,
        Structures.Count,
        new Page<OfferView>(Offers.Count, page, size, Offers.Skip((page - 1) * size).Take(size).ToList()),
        new Page<StructureListing>(Structures.Count, page, size, Structures.Skip((page - 1) * size).Take(size).ToList()));
}

/// <summary>
/// The directory ("annuaire"): a territory of any level (France, région, département, EPCI, commune), what is available
/// there under the filters, the territories below it with their counts, and facet counts that follow the filters.
/// Reads the in-memory catalogue, so it costs no database query and agrees with the orientation; a listing is kept for
/// the catalogue generation, and each page is a slice of it.
/// </summary>
public sealed class BrowseDirectory(CatalogueProvider catalogs)
{
    /// <summary>
    /// The 101 départements, the régions and the EPCI people browse, with a few filters. A listing holds references to the
    /// snapshot's offers (8 bytes each): 500 listings of all France at 100,000 offers stay under 400 MB.
    /// </summary>
    public const int MemoCapacity = 500;

    public async Task<DirectoryPage?> HandleAsync(DirectoryQuery query, CancellationToken cancellationToken = default)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        // Only a territory that exists is memoised: its code then is a real code, and the key cannot be forged from input.
        if (!DirectoryListing.Exists(catalog, query.Level, query.Code))
        {
            return null;
        }

        var filter = query.Filter;
        var key = string.Join('\u001f', query.Level, query.Code, filter.Stage, filter.Need, filter.Public, filter.Type, filter.Cost, query.View);
        return catalog.Memo<BrowseDirectory, DirectoryListingResult>(MemoCapacity)
            .GetOrAdd(catalog.Generation, key, () => DirectoryListing.List(catalog, query)!).Page(query.Page, query.Size);
    }
}

public static class DirectoryListing
{
    private static readonly StringComparer French = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true);

    /// <summary>Whether the directory has a page for this territory.</summary>
    public static bool Exists(CatalogueSnapshot catalog, TerritoryLevel level, string code) => new Places(catalog).Find(level, code) is not null;

    /// <summary>The page of the directory for the query; null when the territory does not exist.</summary>
    public static DirectoryPage? Build(CatalogueSnapshot catalog, DirectoryQuery query) => List(catalog, query)?.Page(query.Page, query.Size);

    /// <summary>The listing of the query, all pages; null when the territory does not exist.</summary>
    public static DirectoryListingResult? List(CatalogueSnapshot catalog, DirectoryQuery query)
    {
        var places = new Places(catalog);
        var place = places.Find(query.Level, query.Code);
        if (place is null)
        {
            return null;
        }

        var classes = FilterClasses.Of(catalog);
        var here = Served.By(classes, catalog.Structures, catalog.Offers.Where(place.HasOffer).ToList(), place);

        // Local offers first: in a département, its own offers matter more than the national ones that cover everyone.
        var offers = here.Offers.Where(o => query.Filter.Accepts(o.View))
            .OrderBy(o => Breadth(o.Zones)).ThenBy(o => o.View.Title, French).ThenBy(o => o.Id)
            .Select(o => o.View).ToList();
        var structures = StructuresMatching(here, query.Filter)
            .OrderBy(s => s.Structure.Name, French).ThenBy(s => s.Structure.Id).ToList();

        var facets = DirectoryQuery.Facets.Select(kind => new Facet(kind, catalog.Taxonomy.Terms(kind).Select(term =>
        {
            var filter = query.Filter.With(kind, term.Code);
            var count = query.View == DirectoryView.Offers
                ? FilterClasses.Count(here.Tally, filter)
                : StructuresMatching(here, filter).Count();
            return new FacetValue(term.Code, term.Label, count, query.Filter.Value(kind) == term.Code);
        }).ToList())).ToList();

        var children = places.Children(place).Select(child =>
        {
            var there = Served.By(classes, here.Structures.Select(s => s.Structure), here.Offers.Where(child.HasOffer).ToList(), child);
            return new TerritoryCount(child.Territory, FilterClasses.Count(there.Tally, query.Filter), StructuresMatching(there, query.Filter).Count());
        }).ToList();

        return new DirectoryListingResult(place.Territory, place.Ancestors, children, facets, offers, structures);
    }

    /// <summary>How wide the narrowest zone of an offer is: commune or EPCI 0, département 1, région 2, France 3.</summary>
    public static int Breadth(IEnumerable<CoverageZone> zones) => zones.Select(z => z.Level switch
    {
        TerritoryLevel.Commune or TerritoryLevel.Epci => 0,
        TerritoryLevel.Departement => 1,
        TerritoryLevel.Region => 2,
        _ => 3,
    }).DefaultIfEmpty(3).Min();

    /// <summary>
    /// Without filters, every structure serving the territory; with filters, those with at least one offer there that
    /// passes them (a structure with no published offer cannot match an étape or a besoin).
    /// </summary>
    private static IEnumerable<StructureListing> StructuresMatching(Served served, CatalogueFilter filter)
    {
        foreach (var (structure, offersHere) in served.Structures)
        {
            // The structures served already serve the place, and their offers there (one per class) are what the rule is asked of.
            if (CatalogueRules.Matches(structure, offersHere.Select(c => c.Sample), filter, TerritoryLevel.Pays, TerritoryLevels.FranceCode, static _ => true))
            {
                yield return new StructureListing(structure, FilterClasses.Count(offersHere, filter));
            }
        }
    }

    /// <summary>
    /// What serves a place: the offers available there (and their tally by filter class), and among the candidate
    /// structures those with an address there or one of these offers, each with the tally of its offers there.
    /// </summary>
    private sealed record Served(
        List<CatalogueOffer> Offers,
        IReadOnlyList<FilterClass> Tally,
        List<(StructureEntry Structure, IReadOnlyList<FilterClass> OffersHere)> Structures)
    {
        public static Served By(FilterClasses classes, IEnumerable<StructureEntry> candidates, List<CatalogueOffer> offers, Place place)
        {
            var byId = offers.ToDictionary(o => o.Id);
            var structures = candidates
                .Select(s => (Structure: s, OffersHere: s.OfferIds.Select(byId.GetValueOrDefault).OfType<CatalogueOffer>().ToList()))
                .Where(s => s.OffersHere.Count > 0 || place.HasAddress(s.Structure))
                .Select(s => (s.Structure, classes.Tally(s.OffersHere)))
                .ToList();
            return new Served(offers, classes.Tally(offers), structures);
        }
    }

    /// <summary>A territory of the directory and the two questions the listing asks of it.</summary>
    private sealed record Place(
        DirectoryTerritory Territory,
        IReadOnlyList<DirectoryTerritory> Ancestors,
        Func<CatalogueOffer, bool> HasOffer,
        Func<StructureEntry, bool> HasAddress)
    {
        public Place(DirectoryTerritory territory, IReadOnlyList<DirectoryTerritory> ancestors, CatalogueSnapshot catalog)
            : this(
                territory,
                ancestors,
                CatalogueRules.AvailableIn(catalog, territory.Level, territory.Code) ?? (static _ => false),
                s => CatalogueRules.HasAddressIn(s, territory.Level, territory.Code))
        {
        }
    }

    /// <summary>Resolves codes of every level to places, using the catalogue's territories and communes.</summary>
    private sealed class Places(CatalogueSnapshot catalog)
    {
        private static readonly DirectoryTerritory France = new(TerritoryLevel.Pays, TerritoryLevels.FranceCode, "France");

        public Place? Find(TerritoryLevel level, string code) => level switch
        {
            TerritoryLevel.Pays when code == TerritoryLevels.FranceCode => new Place(France, [], catalog),
            TerritoryLevel.Region => catalog.Region(code) is { } region ? Region(region) : null,
            TerritoryLevel.Departement => catalog.Departement(code) is { } departement ? Departement(departement) : null,
            TerritoryLevel.Epci => Epci(code),
            TerritoryLevel.Commune => catalog.Communes.Find(code) is { } commune ? Commune(commune) : null,
            _ => null,
        };

        public IEnumerable<Place> Children(Place place)
        {
            switch (place.Territory.Level)
            {
                case TerritoryLevel.Pays:
                    return catalog.Regions.Select(Region);
                case TerritoryLevel.Region:
                    return catalog.Departements.Where(d => d.RegionCode == place.Territory.Code).Select(Departement);
                case TerritoryLevel.Departement:
                    // EPCI that have communes in the département, then the few communes outside any EPCI (islands).
                    var communes = catalog.Communes.InDepartement(place.Territory.Code);
                    var epcis = communes.Where(c => c.EpciCode != null).Select(c => c.EpciCode!).Distinct(StringComparer.Ordinal)
                        .Select(Epci).OfType<Place>();
                    var alone = communes.Where(c => c.EpciCode == null).Select(Commune);
                    return epcis.Concat(alone).OrderBy(p => p.Territory.Name, French).ToList();
                case TerritoryLevel.Epci:
                    return catalog.Communes.InEpci(place.Territory.Code).Select(Commune).OrderBy(p => p.Territory.Name, French).ToList();
                default:
                    return [];
            }
        }

        private Place Region(TerritoryEntry region) => new(
            new DirectoryTerritory(TerritoryLevel.Region, region.Code, region.Name), [France], catalog);

        private Place Departement(TerritoryEntry departement) => new(
            new DirectoryTerritory(TerritoryLevel.Departement, departement.Code, departement.Name), [France, .. RegionOf(departement.RegionCode)], catalog);

        private Place? Epci(string code)
        {
            var members = catalog.Communes.InEpci(code).ToList();
            if (members.Count == 0 || !catalog.Names.Epcis.TryGetValue(code, out var name))
            {
                return null;
            }

            // An EPCI may straddle two départements: it sits under the one holding most of its communes.
            var main = members.GroupBy(c => c.DepartementCode).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().First();
            return new Place(
                new DirectoryTerritory(TerritoryLevel.Epci, code, name),
                [France, .. RegionOf(main.RegionCode), .. DepartementOf(main.DepartementCode)],
                catalog);
        }

        private Place Commune(CommuneEntry commune)
        {
            List<DirectoryTerritory> ancestors = [France, .. RegionOf(commune.RegionCode), .. DepartementOf(commune.DepartementCode)];
            if (commune.EpciCode is { } epci && catalog.Names.Epcis.TryGetValue(epci, out var epciName))
            {
                ancestors.Add(new DirectoryTerritory(TerritoryLevel.Epci, epci, epciName));
            }

            return new Place(new DirectoryTerritory(TerritoryLevel.Commune, commune.Code, commune.Name), ancestors, catalog);
        }

        private IEnumerable<DirectoryTerritory> RegionOf(string? code) =>
            code is not null && catalog.Region(code) is { } region ? [new DirectoryTerritory(TerritoryLevel.Region, region.Code, region.Name)] : [];

        private IEnumerable<DirectoryTerritory> DepartementOf(string code) =>
            catalog.Departement(code) is { } departement ? [new DirectoryTerritory(TerritoryLevel.Departement, departement.Code, departement.Name)] : [];
    }
}
