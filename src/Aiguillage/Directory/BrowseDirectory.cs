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
/// The directory ("annuaire"): a territory of any level (France, région, département, EPCI, commune), what is available
/// there under the filters, the territories below it with their counts, and facet counts that follow the filters.
/// Reads the in-memory catalogue, so it costs no database query and agrees with the orientation.
/// </summary>
public sealed class BrowseDirectory(CatalogueProvider catalogs)
{
    public async Task<DirectoryPage?> HandleAsync(DirectoryQuery query, CancellationToken cancellationToken = default) =>
        DirectoryListing.Build(await catalogs.GetAsync(cancellationToken), query);
}

public static class DirectoryListing
{
    private static readonly StringComparer French = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true);

    /// <summary>The page of the directory for the query; null when the territory does not exist.</summary>
    public static DirectoryPage? Build(CatalogueSnapshot catalog, DirectoryQuery query)
    {
        var places = new Places(catalog);
        var place = places.Find(query.Level, query.Code);
        if (place is null)
        {
            return null;
        }

        var offersHere = catalog.Offers.Where(place.HasOffer).ToList();
        var offerIdsHere = offersHere.Select(o => o.Id).ToHashSet();
        var structuresHere = catalog.Structures
            .Where(s => place.HasAddress(s) || s.OfferIds.Any(offerIdsHere.Contains))
            .ToList();

        // Local offers first: in a département, its own offers matter more than the national ones that cover everyone.
        var offers = offersHere.Where(o => query.Filter.Accepts(o.View))
            .OrderBy(o => Breadth(o.Zones)).ThenBy(o => o.View.Title, French).ThenBy(o => o.Id)
            .Select(o => o.View).ToList();
        var structures = StructuresMatching(catalog, structuresHere, offerIdsHere, query.Filter)
            .OrderBy(s => s.Structure.Name, French).ThenBy(s => s.Structure.Id).ToList();

        var facets = DirectoryQuery.Facets.Select(kind => new Facet(kind, catalog.Taxonomy.Terms(kind).Select(term =>
        {
            var filter = query.Filter.With(kind, term.Code);
            var count = query.View == DirectoryView.Offers
                ? offersHere.Count(o => filter.Accepts(o.View))
                : StructuresMatching(catalog, structuresHere, offerIdsHere, filter).Count();
            return new FacetValue(term.Code, term.Label, count, query.Filter.Value(kind) == term.Code);
        }).ToList())).ToList();

        var children = places.Children(place).Select(child =>
        {
            var childOffers = offersHere.Where(child.HasOffer).ToList();
            var childOfferIds = childOffers.Select(o => o.Id).ToHashSet();
            var childStructures = structuresHere.Where(s => child.HasAddress(s) || s.OfferIds.Any(childOfferIds.Contains)).ToList();
            return new TerritoryCount(
                child.Territory,
                childOffers.Count(o => query.Filter.Accepts(o.View)),
                StructuresMatching(catalog, childStructures, childOfferIds, query.Filter).Count());
        }).ToList();

        return new DirectoryPage(
            place.Territory,
            place.Ancestors,
            children,
            facets,
            offers.Count,
            structures.Count,
            new Page<OfferView>(offers.Count, query.Page, query.Size, offers.Skip((query.Page - 1) * query.Size).Take(query.Size).ToList()),
            new Page<StructureListing>(structures.Count, query.Page, query.Size, structures.Skip((query.Page - 1) * query.Size).Take(query.Size).ToList()));
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
    private static IEnumerable<StructureListing> StructuresMatching(
        CatalogueSnapshot catalog, IEnumerable<StructureEntry> structuresHere, HashSet<int> offerIdsHere, CatalogueFilter filter)
    {
        bool Here(CatalogueOffer offer) => offerIdsHere.Contains(offer.Id);
        foreach (var structure in structuresHere)
        {
            var offers = catalog.OffersOf(structure).ToList();
            // structuresHere already serve the place, so the rule is asked of their offers there only.
            if (CatalogueRules.Matches(structure, offers, filter, TerritoryLevel.Pays, TerritoryLevels.FranceCode, Here))
            {
                yield return new StructureListing(structure, offers.Count(o => Here(o) && filter.Accepts(o.View)));
            }
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
