using Aiguillage.Catalogue;
using Aiguillage.Offers;
using Aiguillage.Organisations;
using Aiguillage.Territories;
using static Aiguillage.Tests.OrientationTestData;

namespace Aiguillage.Tests;

public sealed class CatalogueRulesTests
{
    [Theory]
    [InlineData(OfferStatus.Published, null, StructureStatus.Active, true)]
    [InlineData(OfferStatus.Published, 0, StructureStatus.Active, true)]
    [InlineData(OfferStatus.Published, -1, StructureStatus.Active, false)]
    [InlineData(OfferStatus.Published, 30, StructureStatus.Closed, false)]
    [InlineData(OfferStatus.Draft, null, StructureStatus.Active, false)]
    [InlineData(OfferStatus.Suspended, null, StructureStatus.Active, false)]
    [InlineData(OfferStatus.Archived, null, StructureStatus.Active, false)]
    public void An_offer_is_visible_when_published_not_ended_and_its_structure_open(OfferStatus status, int? endsInDays, StructureStatus structure, bool visible) =>
        Assert.Equal(visible, CatalogueRules.IsVisible(status, endsInDays is { } days ? Today.AddDays(days) : null, structure, Today));

    [Fact]
    public void An_offer_without_public_accepts_everyone_and_a_restricted_one_only_those_it_names()
    {
        Assert.True(CatalogueRules.AcceptsPublic([], "scic"));
        Assert.True(CatalogueRules.AcceptsPublic(["association"], null));
        Assert.True(CatalogueRules.AcceptsPublic(["association", "scic"], "scic"));
        Assert.False(CatalogueRules.AcceptsPublic(["association"], "scic"));
    }

    [Fact]
    public void The_rules_on_the_index_bits_say_the_same_as_the_rules_on_lists()
    {
        string[] publics = ["association", "scop", "scic", "cae"];
        string[] stages = ["emergence", "creation", "consolidation"];
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var offerPublics = publics.Where(_ => random.Next(3) == 0).ToArray();
            var offerStages = stages.Where(_ => random.Next(2) == 0).DefaultIfEmpty("creation").ToArray();
            var index = new OfferIndex([Offer(1, publics: offerPublics, stages: offerStages), Offer(2, publics: ["association"])], Names);
            var asked = random.Next(5) == 0 ? null : publics[random.Next(publics.Length)];
            var stage = stages[random.Next(stages.Length)];

            Assert.Equal(
                CatalogueRules.AcceptsPublic(offerPublics, asked),
                CatalogueRules.AcceptsPublic(index.PublicMasks[0], asked is not null, asked is null ? 0 : index.PublicBit(asked)));
            Assert.Equal(CatalogueRules.ServesStage(offerStages, stage), CatalogueRules.ServesStage(index.StageMasks[0], index.StageBit(stage)));
        }
    }

    [Fact]
    public void A_filter_checks_stage_need_public_type_and_cost()
    {
        var offer = Offer(1, stages: ["creation"], needs: ["financement"], publics: ["association"], cost: "gratuit", types: ["pret"]).View;

        Assert.True(new CatalogueFilter().Accepts(offer));
        Assert.True(new CatalogueFilter("creation", "financement", "association", "pret", "gratuit").Accepts(offer));
        Assert.False(new CatalogueFilter(Stage: "consolidation").Accepts(offer));
        Assert.False(new CatalogueFilter(Need: "juridique").Accepts(offer));
        Assert.False(new CatalogueFilter(Public: "scop").Accepts(offer));
        Assert.False(new CatalogueFilter(Type: "subvention").Accepts(offer));
        Assert.False(new CatalogueFilter(Cost: "payant").Accepts(offer));
    }

    private static readonly CommuneEntry GueretCommune = new("23096", "Guéret", "23", "Creuse", "75", "Nouvelle-Aquitaine", "200034825", 13_000, ["23000"]);
    private static readonly CommuneEntry SaintFiel = new("23193", "Saint-Fiel", "23", "Creuse", "75", "Nouvelle-Aquitaine", "200034825", 1_000, ["23000"]);
    private static readonly CommuneEntry Paris = new("75056", "Paris", "75", "Paris", "11", "Île-de-France", "200054781", 2_100_000, ["75011"]);
    private static readonly CommuneEntry PointeAPitre = new("97120", "Pointe-à-Pitre", "971", "Guadeloupe", "01", "Guadeloupe", "249710047", 15_000, ["97110"]);

    private static CatalogueSnapshot Snapshot(params CatalogueOffer[] offers) => new(
        offers.Select(o => o with
        {
            Footprint = OfferFootprint.Of(
                o.Zones,
                d => d switch { "23" => "75", "75" => "11", "971" => "01", _ => null },
                c => c[..2] == "97" ? c[..3] : c[..2],
                e => e == "200034825" ? ["23"] : [],
                r => r switch { "75" => ["23"], "11" => ["75"], "01" => ["971"], _ => [] }),
        }),
        [],
        [new(TerritoryLevel.Region, "75", "Nouvelle-Aquitaine", null, TerritoryZone.Metro, 1), new(TerritoryLevel.Region, "11", "Île-de-France", null, TerritoryZone.Metro, 1), new(TerritoryLevel.Region, "01", "Guadeloupe", null, TerritoryZone.Drom, 1)],
        [new(TerritoryLevel.Departement, "23", "Creuse", "75", TerritoryZone.Metro, 1), new(TerritoryLevel.Departement, "75", "Paris", "11", TerritoryZone.Metro, 1), new(TerritoryLevel.Departement, "971", "Guadeloupe", "01", TerritoryZone.Drom, 1)],
        communes: new CommuneDirectory([GueretCommune, SaintFiel, Paris, PointeAPitre], [KeyValuePair.Create("75111", "75056")]));

    private static bool AvailableIn(CatalogueSnapshot snapshot, TerritoryLevel level, string code, CatalogueOffer offer) =>
        CatalogueRules.AvailableIn(snapshot, level, code)!(snapshot.Offer(offer.Id)!);

    [Fact]
    public void Availability_follows_the_official_hierarchy_at_every_level()
    {
        var onGueret = Offer(1, zones: [Commune("23096")]);
        var onEpci = Offer(2, zones: [Epci("200034825")]);
        var onRegion = Offer(3, zones: [Region("75")]);
        var national = Offer(4, zones: [CoverageZone.France]);
        var snapshot = Snapshot(onGueret, onEpci, onRegion, national);

        Assert.True(AvailableIn(snapshot, TerritoryLevel.Departement, "23", onGueret));
        Assert.True(AvailableIn(snapshot, TerritoryLevel.Region, "75", onGueret));
        Assert.True(AvailableIn(snapshot, TerritoryLevel.Epci, "200034825", onGueret));
        Assert.False(AvailableIn(snapshot, TerritoryLevel.Commune, "23193", onGueret));
        Assert.True(AvailableIn(snapshot, TerritoryLevel.Commune, "23193", onEpci));
        Assert.True(AvailableIn(snapshot, TerritoryLevel.Commune, "23096", onRegion));
        Assert.True(AvailableIn(snapshot, TerritoryLevel.Epci, "200034825", onRegion));
        Assert.False(AvailableIn(snapshot, TerritoryLevel.Departement, "75", onRegion));
        Assert.True(AvailableIn(snapshot, TerritoryLevel.Departement, "971", national));
        Assert.True(AvailableIn(snapshot, TerritoryLevel.Pays, "FR", onGueret));
    }

    [Fact]
    public void A_group_of_offers_covers_a_commune_exactly_when_one_of_them_is_available_there()
    {
        var offers = new[] { Offer(1, zones: [Commune("23096")]), Offer(2, zones: [Epci("200034825")]), Offer(3, zones: [Departement("87")]) };
        var covered = CatalogueRules.AvailableWhereAnyOf(offers);
        var communes = new[]
        {
            TestData.Gueret,
            TestData.Gueret with { CommuneCode = "23193" },
            TestData.Gueret with { CommuneCode = "23008", EpciCode = "200071165" },
            new CommuneLocation("87085", "87", "75", "248719312"),
            new CommuneLocation("63113", "63", "84", null),
        };

        foreach (var commune in communes)
        {
            Assert.Equal(offers.Any(o => CatalogueRules.IsAvailableIn(o.Zones, commune)), covered(commune));
        }

        Assert.Equal([true, true, false, true, false], communes.Select(covered));
        Assert.False(CatalogueRules.AvailableWhereAnyOf([])(TestData.Gueret));
    }

    [Fact]
    public void An_offer_over_part_of_its_zones_fills_no_gap_and_covers_no_territory_whole()
    {
        var park = Offer(1, zones: [Departement("23")], partialZones: true);
        Assert.False(CatalogueRules.AvailableWhereAnyOf([park])(TestData.Gueret));
        Assert.True(CatalogueRules.AvailableWhereAnyOf([park, Offer(2, zones: [Epci("200034825")])])(TestData.Gueret));

        var footprint = OfferFootprint.Of(park.Zones, _ => "75", c => c[..2], _ => [], _ => ["23"], partial: true);
        Assert.True(CatalogueRules.IsAvailableIn(footprint, TerritoryLevel.Departement, "23"));
        Assert.False(CatalogueRules.CoversWhole(footprint, TerritoryLevel.Departement, "23"));
    }

    [Fact]
    public void An_arrondissement_is_its_city_and_an_overseas_commune_is_in_its_DROM()
    {
        var onParis = Offer(1, zones: [Departement("75")]);
        var onGuadeloupe = Offer(2, zones: [Region("01")]);
        var snapshot = Snapshot(onParis, onGuadeloupe);

        Assert.True(AvailableIn(snapshot, TerritoryLevel.Commune, "75111", onParis));
        Assert.True(AvailableIn(snapshot, TerritoryLevel.Commune, "97120", onGuadeloupe));
        Assert.True(AvailableIn(snapshot, TerritoryLevel.Departement, "971", onGuadeloupe));
        Assert.False(AvailableIn(snapshot, TerritoryLevel.Commune, "97120", onParis));
    }

    [Fact]
    public void Only_a_zone_coded_at_departement_level_or_finer_is_local()
    {
        var snapshot = Snapshot(Offer(1, zones: [Departement("23")]), Offer(2, zones: [Commune("23096")]), Offer(3, zones: [Epci("200034825")]), Offer(4, zones: [Region("75")]), Offer(5));

        Assert.Equal([1, 2, 3], snapshot.Offers.Where(o => CatalogueRules.IsLocalTo(snapshot, o, "23")).Select(o => o.Id));
        Assert.DoesNotContain(snapshot.Offers, o => CatalogueRules.IsLocalTo(snapshot, o, "75"));
    }

    [Fact]
    public void An_unknown_territory_has_no_availability_question()
    {
        var snapshot = Snapshot(Offer(1));

        Assert.Null(CatalogueRules.AvailableIn(snapshot, TerritoryLevel.Departement, "99"));
        Assert.Null(CatalogueRules.AvailableIn(snapshot, TerritoryLevel.Commune, "00000"));
        Assert.Null(CatalogueRules.AvailableIn(snapshot, TerritoryLevel.Epci, "123456789"));
        Assert.Null(CatalogueRules.AvailableIn(snapshot, TerritoryLevel.Pays, "BE"));
    }

    [Fact]
    public void Only_a_regional_or_national_zone_covers_a_departement_whole()
    {
        var footprint = OfferFootprint.Of([Region("84"), Epci("200034825"), Commune("87085")], d => d is "01" ? "84" : "75", c => c[..2], _ => ["23", "87"], r => r == "84" ? ["01"] : ["23", "87"]);

        Assert.True(CatalogueRules.CoversWhole(footprint, TerritoryLevel.Departement, "01"));
        Assert.True(CatalogueRules.IsAvailableIn(footprint, TerritoryLevel.Departement, "23"));
        Assert.False(CatalogueRules.CoversWhole(footprint, TerritoryLevel.Departement, "23"));
        Assert.False(CatalogueRules.CoversWhole(footprint, TerritoryLevel.Region, "75"));
        Assert.False(CatalogueRules.IsAvailableIn(footprint, TerritoryLevel.Departement, "33"));
    }

    [Fact]
    public void A_structure_matches_by_its_address_without_filters_and_by_its_offers_there_with_them()
    {
        var inGueret = new StructureEntry(1, "A", [], [], "", true, GueretCommune, null, Today, []);
        var offer = Offer(1, stages: ["creation"], zones: [Departement("23")]);
        bool InCreuse(CatalogueOffer o) => o.Zones.Contains(Departement("23"));

        Assert.True(CatalogueRules.Matches(inGueret, [], new CatalogueFilter(), TerritoryLevel.Departement, "23", InCreuse));
        Assert.False(CatalogueRules.Matches(inGueret, [], new CatalogueFilter(Stage: "creation"), TerritoryLevel.Departement, "23", InCreuse));
        Assert.True(CatalogueRules.Matches(inGueret, [offer], new CatalogueFilter(Stage: "creation"), TerritoryLevel.Departement, "23", InCreuse));
        Assert.False(CatalogueRules.Matches(inGueret, [offer], new CatalogueFilter(Stage: "emergence"), TerritoryLevel.Departement, "23", InCreuse));
        Assert.False(CatalogueRules.Matches(inGueret, [], new CatalogueFilter(), TerritoryLevel.Departement, "87", _ => false));
    }

    [Fact]
    public void A_structure_is_based_in_its_communes_territories_else_in_the_one_territory_its_offers_serve()
    {
        var snapshot = Snapshot(Offer(1));
        var inGueret = new StructureEntry(1, "A", [], [], "", true, GueretCommune, null, Today, []);
        var creuseOnly = new StructureEntry(2, "B", [], [], "", true, null, null, Today, [], new StructureLocation(LocationPrecision.DepartementCentre, null, DepartementCode: "23"));
        var regional = new StructureEntry(3, "C", [], [], "", true, null, null, Today, [], new StructureLocation(LocationPrecision.RegionCentre, null, RegionCode: "75"));
        var unplaced = new StructureEntry(4, "D", [], [], "", true, null, null, Today, []);

        Assert.Equal(("23", "75"), CatalogueRules.HomeOf(snapshot, inGueret));
        Assert.Equal(("23", "75"), CatalogueRules.HomeOf(snapshot, creuseOnly));
        Assert.Equal(((string?)null, "75"), CatalogueRules.HomeOf(snapshot, regional));
        Assert.True(CatalogueRules.IsBasedIn(snapshot, creuseOnly, TerritoryLevel.Region, "75"));
        Assert.False(CatalogueRules.IsBasedIn(snapshot, regional, TerritoryLevel.Departement, "23"));
        Assert.False(CatalogueRules.IsBasedIn(snapshot, unplaced, TerritoryLevel.Region, "75"));
        Assert.True(CatalogueRules.IsBasedIn(snapshot, unplaced, TerritoryLevel.Pays, "FR"));
    }

    [Fact]
    public void The_catalogue_day_is_the_day_in_Paris()
    {
        var lateEvening = new FakeClock(new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero));
        var summerNight = new FakeClock(new DateTimeOffset(2026, 7, 1, 22, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 12, 1), CatalogueClock.Today(lateEvening));
        Assert.Equal(new DateOnly(2026, 7, 2), CatalogueClock.Today(summerNight));
    }

    private sealed class FakeClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
