using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Aiguillage.Catalogue;
using Aiguillage.Maps;
using Aiguillage.Territories;
using static Aiguillage.Tests.OrientationTestData;

namespace Aiguillage.Tests;

public partial class MapTests
{
    private static readonly GeoPoint GueretPoint = new(46.15847, 1.87047);
    private static readonly GeoPoint CreuseCentre = new(46.09, 2.01);

    private static readonly Dictionary<string, string> RegionOf = new() { ["23"] = "75", ["87"] = "75", ["01"] = "84" };

    private static CatalogueOffer Browse(CatalogueOffer offer) => offer with
    {
        Footprint = OfferFootprint.Of(
        offer.Zones,
        d => RegionOf.GetValueOrDefault(d),
        c => c.StartsWith("23", StringComparison.Ordinal) ? "23" : null,
        e => e == "200000001" ? ["23", "87"] : [],
        r => RegionOf.Where(p => p.Value == r).Select(p => p.Key))
    };

    /// <summary>National, régional, départemental, an EPCI across two départements and a commune.</summary>
    private static readonly CatalogueOffer[] Offers =
    [
        Browse(Offer(1, stages: ["creation"], needs: ["financement"], zones: [CoverageZone.France])),
        Browse(Offer(2, stages: ["creation"], zones: [Region("75")])),
        Browse(Offer(3, stages: ["emergence"], needs: ["juridique"], zones: [Departement("23")])),
        Browse(Offer(4, stages: ["creation"], zones: [Epci("200000001")])),
        Browse(Offer(5, stages: ["creation"], needs: ["financement"], zones: [Commune("23096")])),
    ];

    private static CatalogueSnapshot Catalog(params StructureEntry[] structures) => new(
        Offers,
        structures,
        [Territory(TerritoryLevel.Region, "75", "Nouvelle-Aquitaine", null), Territory(TerritoryLevel.Region, "84", "Auvergne-Rhône-Alpes", null)],
        [Territory(TerritoryLevel.Departement, "01", "Ain", "84"), Territory(TerritoryLevel.Departement, "23", "Creuse", "75"), Territory(TerritoryLevel.Departement, "87", "Haute-Vienne", "75")]);

    private static TerritoryEntry Territory(TerritoryLevel level, string code, string name, string? region) =>
        new(level, code, name, region, TerritoryZone.Metro, 1000);

    private static StructureEntry Structure(int id, string name, string? commune, StructureLocation location, params int[] offers) =>
        new(id, name, ["incubateur"], [], "", true,
            commune is null ? null : new CommuneEntry(commune, "Guéret", "23", "Creuse", "75", "Nouvelle-Aquitaine", null, 13_000, []),
            null, Today, offers, location);

    private static Dictionary<string, (int Offers, int Whole)> Counts(TerritoryLevel level, string? stage = null, string? need = null) =>
        CountCoverage.Count(Catalog(), level, stage, need).Territories.ToDictionary(t => t.Code, t => (t.Offers, t.OffersOnWholeTerritory));

    [Fact]
    public void Every_departement_counts_the_offers_available_there_and_those_covering_it_whole()
    {
        var counts = Counts(TerritoryLevel.Departement);

        Assert.Equal((5, 3), counts["23"]);
        Assert.Equal((3, 2), counts["87"]);
        Assert.Equal((1, 1), counts["01"]);
    }

    [Fact]
    public void Coverage_counts_follow_the_stage_and_the_need()
    {
        var creation = Counts(TerritoryLevel.Departement, stage: "creation");
        Assert.Equal((4, 2), creation["23"]);
        Assert.Equal((3, 2), creation["87"]);

        var financing = Counts(TerritoryLevel.Departement, need: "financement");
        Assert.Equal((2, 1), financing["23"]);
        Assert.Equal((1, 1), financing["87"]);

        var both = Counts(TerritoryLevel.Departement, stage: "emergence", need: "financement");
        Assert.All(both.Values, v => Assert.Equal((0, 0), v));
    }

    [Fact]
    public void Coverage_counts_by_region_lift_the_departements_to_their_region()
    {
        var counts = Counts(TerritoryLevel.Region);

        Assert.Equal((5, 2), counts["75"]);
        Assert.Equal((1, 1), counts["84"]);
    }

    [Fact]
    public void A_structure_with_a_commune_is_placed_at_the_commune()
    {
        var location = StructureLocation.Locate(null, "23096", _ => GueretPoint, [Offers[0].Footprint], _ => CreuseCentre);

        Assert.Equal(LocationPrecision.Commune, location.Precision);
        Assert.Equal(GueretPoint, location.Point);
    }

    [Fact]
    public void A_structure_without_a_commune_whose_offers_lie_in_one_departement_is_placed_at_its_centre()
    {
        var location = StructureLocation.Locate(null, null, _ => null, [Offers[2].Footprint, Offers[4].Footprint], d => d == "23" ? CreuseCentre : null);

        Assert.Equal(LocationPrecision.DepartementCentre, location.Precision);
        Assert.Equal(CreuseCentre, location.Point);
        Assert.Equal("23", location.DepartementCode);
    }

    [Fact]
    public void Without_a_commune_a_structure_is_drawn_at_the_centre_of_the_smallest_territory_it_serves_marked_approximate()
    {
        var centres = new Dictionary<string, GeoPoint> { ["23"] = CreuseCentre, ["87"] = new(45.9, 1.2), ["01"] = new(46.1, 5.3) };
        GeoPoint? Centre(string d) => centres.TryGetValue(d, out var p) ? p : null;
        StructureLocation Locate(params OfferFootprint[] offers) => StructureLocation.Locate(
            null, null, _ => null, offers, Centre, d => RegionOf.GetValueOrDefault(d), r => RegionOf.Where(p => p.Value == r).Select(p => p.Key), new GeoPoint(46.6, 2.4));

        var region = Locate(Offers[2].Footprint, Offers[3].Footprint);
        Assert.Equal((LocationPrecision.RegionCentre, "75"), (region.Precision, region.RegionCode));
        Assert.Equal(StructureLocation.Mean([CreuseCentre, centres["87"]]), region.Point);
        Assert.Equal(LocationPrecision.RegionCentre, Locate(Offers[1].Footprint).Precision);
        Assert.Equal(LocationPrecision.CountryCentre, Locate(Offers[0].Footprint).Precision);
        Assert.True(Locate(Offers[0].Footprint).IsApproximate);
        var across = OfferFootprint.Of([Departement("23"), Departement("01")], d => RegionOf.GetValueOrDefault(d), _ => null, _ => [], _ => []);
        Assert.Equal(LocationPrecision.ServedAreaCentre, Locate(across).Precision);
        Assert.Equal(LocationPrecision.None, Locate().Precision);
        Assert.Null(StructureLocation.Locate(null, "99999", _ => null, [], Centre).Point);
    }

    [Fact]
    public void A_structure_with_its_own_point_keeps_it()
    {
        var own = new GeoPoint(46.17, 1.86);

        var location = StructureLocation.Locate(own, "23096", _ => GueretPoint, [], _ => CreuseCentre);

        Assert.Equal((LocationPrecision.Own, own), (location.Precision, location.Point));
    }

    [Fact]
    public void The_geojson_is_an_rfc_7946_feature_collection_with_longitude_first()
    {
        var catalog = Catalog(
            Structure(7, "Incubateur de Guéret", "23096", new StructureLocation(LocationPrecision.Commune, new GeoPoint(46.158471234, 1.870469876)), 5),
            Structure(8, "Fabrique creusoise", null, new StructureLocation(LocationPrecision.DepartementCentre, CreuseCentre, "23"), 3),
            Structure(9, "Réseau national", null, StructureLocation.Unknown, 1));

        using var document = JsonDocument.Parse(StructureGeoJson.ToJson(catalog.Structures, catalog, "https://aiguillage.example"));
        var root = document.RootElement;

        Assert.Equal(["type", "features"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(2, features.Count);
        Assert.Equal(features.Count, features.Select(f => f.GetProperty("id").GetString()).Distinct().Count());
        foreach (var feature in features)
        {
            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            Assert.Equal("Point", feature.GetProperty("geometry").GetProperty("type").GetString());
            var coordinates = feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
            Assert.Equal(2, coordinates.Count);
            Assert.InRange(coordinates[0], -180, 180);
            Assert.InRange(coordinates[1], -90, 90);
            Assert.Equal(JsonValueKind.Object, feature.GetProperty("properties").ValueKind);
        }

        var gueret = features[0];
        Assert.Equal("7", gueret.GetProperty("id").GetString());
        Assert.Equal([1.87047, 46.15847], gueret.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        var properties = gueret.GetProperty("properties");
        Assert.Equal("Incubateur de Guéret", properties.GetProperty("nom").GetString());
        Assert.Equal("https://aiguillage.example/structures/7", properties.GetProperty("url").GetString());
        Assert.Equal("commune", properties.GetProperty("precision").GetString());
        Assert.Equal("Creuse", properties.GetProperty("departement").GetString());
        Assert.Equal(1, properties.GetProperty("nombreOffres").GetInt32());
        Assert.Equal("centre-departement", features[1].GetProperty("properties").GetProperty("precision").GetString());
    }

    [Fact]
    public void The_coverage_map_draws_the_101_departements_with_the_five_drom_in_insets()
    {
        var shapes = CoverageMapShapes.Default;

        var codes = shapes.Departements.Select(d => d.Code).ToList();
        Assert.Equal(101, codes.Distinct().Count());
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Contains("2A", codes);
        Assert.Contains("2B", codes);
        Assert.Equal(["971", "972", "973", "974", "976"], shapes.Departements.Where(d => d.IsInset).Select(d => d.Code));
        Assert.Equal(["971", "972", "973", "974", "976"], shapes.Insets.Select(i => i.Code));
        foreach (var inset in shapes.Insets)
        {
            var points = Numbers(shapes.Find(inset.Code)!.Path);
            Assert.True(points.Count > 10, $"{inset.Code} n'a pas de contour.");
            Assert.All(points.Where((_, i) => i % 2 == 0), x => Assert.InRange(x, inset.X, inset.X + inset.Width));
            Assert.All(points.Where((_, i) => i % 2 == 1), y => Assert.InRange(y, inset.Y, inset.Y + inset.Height));
        }

        var creuse = Numbers(shapes.Find("23")!.Path);
        Assert.All(creuse.Where((_, i) => i % 2 == 0), x => Assert.InRange(x, 0, CoverageMapShapes.MetropoleWidth));
        Assert.All(creuse.Where((_, i) => i % 2 == 1), y => Assert.InRange(y, 0, CoverageMapShapes.MetropoleHeight));
    }

    private static List<double> Numbers(string path) =>
        NumberPattern().Matches(path).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex NumberPattern();
}
