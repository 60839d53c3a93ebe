using Aiguillage.Catalogue;
using Aiguillage.Offers;
using Aiguillage.Organisations;
using Aiguillage.Territories;

namespace Aiguillage.Tests;

public sealed class CatalogueBuilderTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);


    private static Structure Structure(int id, StructureStatus status = StructureStatus.Active, string? commune = "23096") => TestData.WithId(
        new Structure("test", $"s{id}", new StructureDetails($"Structure {id}", ["incubateur"], null, commune, null, null, null, [], true, "", ["https://example.org"], Today, status)),
        id);

    private static Offer Offer(int id, int structureId, OfferStatus status = OfferStatus.Published, DateOnly? endsOn = null) => TestData.WithId(
        new Offer(structureId, "test", $"o{id}", TestData.Offer(title: $"Offre {id}", zones: [new CoverageZone(TerritoryLevel.Departement, "23")], status: status, endsOn: endsOn)),
        id);

    private static readonly TerritoryRows Territories = new(
        "test",
        [new TerritoryRow(TerritoryLevel.Region, "75", "Nouvelle-Aquitaine", null, TerritoryZone.Metro, 6_000_000)],
        [new TerritoryRow(TerritoryLevel.Departement, "23", "Creuse", "75", TerritoryZone.Metro, 115_000, "de la Creuse", 46.09, 2.01)],
        [KeyValuePair.Create("200034825", "CA du Grand Guéret")],
        [new CommuneRow("23096", "Guéret", "23", "75", "200034825", 13_000, 46.16, 1.87, ["23000"])],
        []);

    private static CatalogueRows Rows(IReadOnlyList<Structure> structures, IReadOnlyList<Offer> offers) => new(
        "stamp-1",
        TestData.Taxonomy.Terms(Taxonomy.TaxonomyKind.Stage),
        Territories,
        structures,
        offers);

    [Fact]
    public void Only_offers_visible_that_day_and_open_structures_enter_the_snapshot()
    {
        var rows = Rows(
            [Structure(1), Structure(2, StructureStatus.Closed)],
            [Offer(10, 1), Offer(11, 1, endsOn: Today.AddDays(-1)), Offer(12, 1, endsOn: Today), Offer(13, 1, OfferStatus.Suspended), Offer(14, 1, OfferStatus.Draft), Offer(15, 2)]);

        var snapshot = CatalogueBuilder.Build(rows, Today);

        Assert.Equal([10, 12], snapshot.Offers.Select(o => o.Id));
        Assert.Equal([1], snapshot.Structures.Select(s => s.Id));
        Assert.Equal([10, 12], snapshot.Structures[0].OfferIds);
        Assert.Equal("stamp-1", snapshot.Stamp);
        Assert.Equal(Today, snapshot.Day);
    }

    [Fact]
    public void The_next_day_drops_an_offer_that_ended_the_day_before()
    {
        var rows = Rows([Structure(1)], [Offer(10, 1, endsOn: Today)]);

        Assert.Single(CatalogueBuilder.Build(rows, Today).Offers);
        Assert.Empty(CatalogueBuilder.Build(rows, Today.AddDays(1)).Offers);
        Assert.NotEqual(CatalogueBuilder.Build(rows, Today).Generation, CatalogueBuilder.Build(rows, Today.AddDays(1)).Generation);
    }

    [Fact]
    public void Zones_are_named_and_structures_placed_from_the_territories_read()
    {
        var snapshot = CatalogueBuilder.Build(Rows([Structure(1), Structure(2, commune: null)], [Offer(10, 1), Offer(11, 2)]), Today);

        Assert.Equal("Creuse", snapshot.Offer(10)!.View.Zones.Single().Name);
        Assert.Equal(LocationPrecision.Commune, snapshot.Structure(1)!.Location.Precision);
        Assert.Equal("Guéret", snapshot.Structure(1)!.CommuneName);
        Assert.Equal(LocationPrecision.DepartementCentre, snapshot.Structure(2)!.Location.Precision);
        Assert.True(CatalogueRules.IsAvailableIn(snapshot.Offer(10)!.Footprint, TerritoryLevel.Region, "75"));
        Assert.True(CatalogueRules.CoversWhole(snapshot.Offer(10)!.Footprint, TerritoryLevel.Departement, "23"));
    }
}
