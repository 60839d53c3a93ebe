using Aiguillage.Catalogue;
using Aiguillage.Directory;
using Aiguillage.Territories;
using static Aiguillage.Tests.OrientationTestData;

namespace Aiguillage.Tests;

/// <summary>The annuaire over a small catalogue: Creuse and Haute-Vienne (Nouvelle-Aquitaine), Ain (Auvergne-Rhône-Alpes).</summary>
public class DirectoryTests
{
    private static readonly CommuneEntry GueretCommune = new("23096", "Guéret", "23", "Creuse", "75", "Nouvelle-Aquitaine", "200034825", 13_000, ["23000"]);
    private static readonly CommuneEntry SaintFiel = new("23193", "Saint-Fiel", "23", "Creuse", "75", "Nouvelle-Aquitaine", "200034825", 1_000, ["23000"]);
    private static readonly CommuneEntry Aubusson = new("23008", "Aubusson", "23", "Creuse", "75", "Nouvelle-Aquitaine", "242320117", 3_500, ["23200"]);
    private static readonly CommuneEntry Limoges = new("87085", "Limoges", "87", "Haute-Vienne", "75", "Nouvelle-Aquitaine", "248719312", 130_000, ["87000"]);
    private static readonly CommuneEntry Bourg = new("01053", "Bourg-en-Bresse", "01", "Ain", "84", "Auvergne-Rhône-Alpes", "200071751", 41_000, ["01000"]);
    private static readonly CommuneEntry[] Communes = [GueretCommune, SaintFiel, Aubusson, Limoges, Bourg];

    private static StructureEntry Structure(int id, string? communeCode, params int[] offerIds)
    {
        var commune = Communes.FirstOrDefault(c => c.Code == communeCode);
        return new StructureEntry(id, $"Structure {id}", ["incubateur"], [], "", true, commune, null, Today, offerIds);
    }

    private static CatalogueSnapshot Catalog(CatalogueOffer[] offers, StructureEntry[]? structures = null)
    {
        var communes = new CommuneDirectory(Communes, []);
        var departementRegion = new Dictionary<string, string> { ["23"] = "75", ["87"] = "75", ["01"] = "84" };
        var browseOffers = offers.Select(o => o with
        {
            Footprint = OfferFootprint.Of(
            o.Zones,
            d => departementRegion.GetValueOrDefault(d),
            c => Communes.FirstOrDefault(x => x.Code == c)?.DepartementCode,
            e => Communes.Where(x => x.EpciCode == e).Select(x => x.DepartementCode).Distinct().ToArray(),
            r => departementRegion.Where(p => p.Value == r).Select(p => p.Key))
        });
        return new CatalogueSnapshot(
            browseOffers,
            structures ?? offers.Select(o => Structure(o.View.Structure.Id, null, o.Id)).ToArray(),
            [new TerritoryEntry(TerritoryLevel.Region, "75", "Nouvelle-Aquitaine", null, TerritoryZone.Metro, 6_000_000),
             new TerritoryEntry(TerritoryLevel.Region, "84", "Auvergne-Rhône-Alpes", null, TerritoryZone.Metro, 8_000_000)],
            [new TerritoryEntry(TerritoryLevel.Departement, "01", "Ain", "84", TerritoryZone.Metro, 650_000),
             new TerritoryEntry(TerritoryLevel.Departement, "23", "Creuse", "75", TerritoryZone.Metro, 115_000),
             new TerritoryEntry(TerritoryLevel.Departement, "87", "Haute-Vienne", "75", TerritoryZone.Metro, 370_000)],
            TestData.Taxonomy,
            communes,
            Names,
            stamp: "test",
            day: Today);
    }

    private static DirectoryPage Browse(CatalogueSnapshot catalog, TerritoryLevel level, string code, CatalogueFilter? filter = null, DirectoryView view = DirectoryView.Offers) =>
        DirectoryListing.Build(catalog, new DirectoryQuery(level, code, filter ?? new CatalogueFilter(), view, 1, 50))!;

    private static readonly CatalogueOffer[] EveryLevel =
    [
        Offer(1, zones: [CoverageZone.France]),
        Offer(2, zones: [Region("75")]),
        Offer(3, zones: [Departement("23")]),
        Offer(4, zones: [Epci("200034825")]),
        Offer(5, zones: [Commune("23096")]),
        Offer(6, zones: [Departement("87")]),
        Offer(7, zones: [Region("84")]),
        Offer(8, zones: [Commune("23008")]),
    ];

    [Fact]
    public void A_departement_lists_the_offers_of_france_its_region_itself_and_its_epci_and_communes()
    {
        var page = Browse(Catalog(EveryLevel), TerritoryLevel.Departement, "23");
        Assert.Equal([1, 2, 3, 4, 5, 8], page.Offers.Items.Select(o => o.Id).Order());
        Assert.Equal(6, page.OfferCount);
    }

    [Fact]
    public void A_commune_lists_only_the_offers_whose_coverage_contains_it()
    {
        var page = Browse(Catalog(EveryLevel), TerritoryLevel.Commune, "23096");
        Assert.Equal([1, 2, 3, 4, 5], page.Offers.Items.Select(o => o.Id).Order());
    }

    [Fact]
    public void An_epci_lists_the_offers_of_its_communes_but_not_those_of_its_neighbours()
    {
        var page = Browse(Catalog(EveryLevel), TerritoryLevel.Epci, "200034825");
        Assert.Equal([1, 2, 3, 4, 5], page.Offers.Items.Select(o => o.Id).Order());
        Assert.Equal(["Guéret", "Saint-Fiel"], page.Children.Select(c => c.Territory.Name));
        Assert.Equal([5, 4], page.Children.Select(c => c.Offers));
    }

    [Fact]
    public void Local_offers_come_before_regional_and_national_ones()
    {
        var page = Browse(Catalog(EveryLevel), TerritoryLevel.Departement, "23");
        Assert.Equal([4, 5, 8, 3, 2, 1], page.Offers.Items.Select(o => o.Id));
    }

    [Fact]
    public void Each_level_counts_the_territories_below_it_with_the_filters()
    {
        var offers = EveryLevel.Select(o => o.Id == 6 ? Offer(6, zones: [Departement("87")], stages: ["emergence"]) : o).ToArray();
        var catalog = Catalog(offers);

        var france = Browse(catalog, TerritoryLevel.Pays, "FR");
        Assert.Equal(["Auvergne-Rhône-Alpes", "Nouvelle-Aquitaine"], france.Children.Select(c => c.Territory.Name));
        Assert.Equal([2, 7], france.Children.Select(c => c.Offers));

        var region = Browse(catalog, TerritoryLevel.Region, "75", new CatalogueFilter(Stage: "creation"));
        Assert.Equal(["23", "87"], region.Children.Select(c => c.Territory.Code));
        Assert.Equal([6, 2], region.Children.Select(c => c.Offers));

        var departement = Browse(catalog, TerritoryLevel.Departement, "23");
        Assert.Equal(["200034825", "242320117"], departement.Children.Select(c => c.Territory.Code));
        Assert.Equal([TerritoryLevel.Pays, TerritoryLevel.Region], departement.Ancestors.Select(a => a.Level));
    }

    [Fact]
    public void A_facet_counts_with_the_other_filters_but_not_its_own()
    {
        var catalog = Catalog(
        [
            Offer(1, stages: ["creation"], needs: ["financement"]),
            Offer(2, stages: ["creation"], needs: ["juridique"]),
            Offer(3, stages: ["emergence"], needs: ["financement"]),
        ]);

        var page = Browse(catalog, TerritoryLevel.Pays, "FR", new CatalogueFilter(Stage: "creation", Need: "financement"));

        Assert.Equal([1], page.Offers.Items.Select(o => o.Id));
        var stages = page.Facets.Single(f => f.Kind == Taxonomy.TaxonomyKind.Stage).Values;
        Assert.Equal(1, stages.Single(v => v.Code == "creation").Count);
        Assert.Equal(1, stages.Single(v => v.Code == "emergence").Count);
        Assert.True(stages.Single(v => v.Code == "creation").Selected);
        var needs = page.Facets.Single(f => f.Kind == Taxonomy.TaxonomyKind.Need).Values;
        Assert.Equal(1, needs.Single(v => v.Code == "financement").Count);
        Assert.Equal(1, needs.Single(v => v.Code == "juridique").Count);
    }

    [Fact]
    public void An_offer_without_public_restriction_counts_for_every_public()
    {
        var catalog = Catalog([Offer(1, publics: []), Offer(2, publics: ["scic"]), Offer(3, publics: ["association"])]);
        var page = Browse(catalog, TerritoryLevel.Pays, "FR", new CatalogueFilter(Public: "scic"));
        Assert.Equal([1, 2], page.Offers.Items.Select(o => o.Id).Order());
        Assert.Equal(2, page.Facets.Single(f => f.Kind == Taxonomy.TaxonomyKind.Public).Values.Single(v => v.Code == "association").Count);
    }

    [Fact]
    public void A_structure_without_offer_belongs_to_the_directory_of_its_address_until_a_filter_asks_for_an_offer()
    {
        var catalog = Catalog(
            [Offer(1, zones: [Departement("87")])],
            [Structure(10, "23096"), Structure(11, "87085", 1)]);

        var creuse = Browse(catalog, TerritoryLevel.Departement, "23", view: DirectoryView.Structures);
        Assert.Equal([10], creuse.Structures.Items.Select(s => s.Structure.Id));

        var filtered = Browse(catalog, TerritoryLevel.Departement, "23", new CatalogueFilter(Stage: "creation"), DirectoryView.Structures);
        Assert.Empty(filtered.Structures.Items);

        var hauteVienne = Browse(catalog, TerritoryLevel.Departement, "87", new CatalogueFilter(Stage: "creation"), DirectoryView.Structures);
        Assert.Equal(1, Assert.Single(hauteVienne.Structures.Items).MatchingOffers);
    }

    [Fact]
    public void Every_page_is_a_slice_of_one_listing()
    {
        var offers = Enumerable.Range(1, 45).Select(i => Offer(i, zones: [i % 2 == 0 ? Departement("23") : CoverageZone.France])).ToArray();
        var catalog = Catalog(offers);
        var query = new DirectoryQuery(TerritoryLevel.Departement, "23", new CatalogueFilter(), DirectoryView.Offers, 1, 20);
        var listing = DirectoryListing.List(catalog, query)!;
        Assert.Equal(45, listing.Offers.Count);
        foreach (var page in new[] { 1, 2, 3 })
        {
            var built = DirectoryListing.Build(catalog, query with { Page = page })!;
            var sliced = listing.Page(page, 20);
            Assert.Equal(built.Offers.Items.Select(o => o.Id), sliced.Offers.Items.Select(o => o.Id));
            Assert.Equal(built.Children.Select(c => (c.Territory.Code, c.Offers, c.Structures)), sliced.Children.Select(c => (c.Territory.Code, c.Offers, c.Structures)));
        }

        Assert.Equal(5, listing.Page(3, 20).Offers.Items.Count);
        Assert.True(DirectoryListing.Exists(catalog, TerritoryLevel.Departement, "23"));
        Assert.False(DirectoryListing.Exists(catalog, TerritoryLevel.Departement, "23\u001fcreation"));
    }

    [Fact]
    public void An_unknown_territory_gives_no_page()
    {
        var catalog = Catalog(EveryLevel);
        Assert.Null(DirectoryListing.Build(catalog, new DirectoryQuery(TerritoryLevel.Departement, "99", new CatalogueFilter(), DirectoryView.Offers, 1, 20)));
        Assert.Null(DirectoryListing.Build(catalog, new DirectoryQuery(TerritoryLevel.Epci, "123456789", new CatalogueFilter(), DirectoryView.Offers, 1, 20)));
        Assert.Null(DirectoryListing.Build(catalog, new DirectoryQuery(TerritoryLevel.Pays, "DE", new CatalogueFilter(), DirectoryView.Offers, 1, 20)));
    }

    [Fact]
    public void A_footprint_tells_whole_territories_from_parts()
    {
        var footprint = OfferFootprint.Of(
            [Region("84"), Epci("200034825"), Commune("87085")],
            d => d is "01" ? "84" : "75",
            c => c[..2],
            _ => ["23", "87"],
            r => r == "84" ? ["01"] : ["23", "87"]);

        Assert.True(CatalogueRules.CoversWhole(footprint, TerritoryLevel.Departement, "01"));
        Assert.True(CatalogueRules.IsAvailableIn(footprint, TerritoryLevel.Departement, "23"));
        Assert.False(CatalogueRules.CoversWhole(footprint, TerritoryLevel.Departement, "23"));
        Assert.True(CatalogueRules.IsAvailableIn(footprint, TerritoryLevel.Region, "75"));
        Assert.False(CatalogueRules.CoversWhole(footprint, TerritoryLevel.Region, "75"));
        Assert.False(CatalogueRules.IsAvailableIn(footprint, TerritoryLevel.Departement, "33"));
        Assert.False(footprint.National);
    }

    [Fact]
    public void Pages_cut_the_listing_in_order()
    {
        var catalog = Catalog(Enumerable.Range(1, 45).Select(i => Offer(i, title: $"Offre {i:000}")).ToArray());
        var third = DirectoryListing.Build(catalog, new DirectoryQuery(TerritoryLevel.Pays, "FR", new CatalogueFilter(), DirectoryView.Offers, 3, 20))!;
        Assert.Equal(45, third.Offers.Total);
        Assert.Equal(3, third.Offers.PageCount);
        Assert.Equal([41, 42, 43, 44, 45], third.Offers.Items.Select(o => o.Id));
    }
}
