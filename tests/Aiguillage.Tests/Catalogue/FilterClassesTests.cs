using Aiguillage.Catalogue;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;
using static Aiguillage.Tests.OrientationTestData;

namespace Aiguillage.Tests;

public class FilterClassesTests
{
    /// <summary>Offers over every combination of a few stages, needs, publics, types and costs, several of each.</summary>
    private static CatalogueOffer[] Offers()
    {
        string[][] stages = [["creation"], ["emergence", "creation"], ["consolidation"]];
        string[][] needs = [[], ["financement"], ["financement", "juridique"]];
        string[][] publics = [[], ["scic"], ["association", "scic"]];
        string[][] types = [["accompagnement"], ["financement", "accompagnement"]];
        string?[] costs = ["gratuit", "payant", null];
        var id = 0;
        return (from s in stages
                from n in needs
                from p in publics
                from t in types
                from c in costs
                from copy in Enumerable.Range(0, 3)
                select Offer(++id, stages: s, needs: n, publics: p, types: t, cost: c)).ToArray();
    }

    private static CatalogueSnapshot Catalog(CatalogueOffer[] offers) => new(
        offers, [], [], [], TestData.Taxonomy, new CommuneDirectory([], []), Names, stamp: "test", day: Today);

    [Fact]
    public void A_count_by_classes_equals_the_rule_asked_of_every_offer_for_every_filter()
    {
        var offers = Offers();
        var classes = FilterClasses.Of(Catalog(offers));
        var tally = classes.Tally(offers);
        Assert.Equal(offers.Length / 3, tally.Count); // the three copies of each combination share a class
        Assert.Equal(offers.Length, tally.Sum(c => c.Count));

        var filters = new List<CatalogueFilter> { new() };
        foreach (var kind in new[] { TaxonomyKind.Stage, TaxonomyKind.Need, TaxonomyKind.Public, TaxonomyKind.OfferType, TaxonomyKind.Cost })
        {
            filters.AddRange(filters.ToList().SelectMany(f => TestData.Taxonomy.Terms(kind).Select(t => f.With(kind, t.Code))).Take(400));
        }

        Assert.True(filters.Count > 100);
        foreach (var filter in filters)
        {
            Assert.Equal(offers.Count(o => filter.Accepts(o.View)), FilterClasses.Count(tally, filter));
        }
    }

    [Fact]
    public void An_offer_outside_the_snapshot_is_counted_in_a_class_of_its_own()
    {
        var offers = Offers();
        var classes = FilterClasses.Of(Catalog(offers[..3]));
        var tally = classes.Tally(offers[..6]);
        Assert.Equal([3, 1, 1, 1], tally.Select(c => c.Count));
    }
}
