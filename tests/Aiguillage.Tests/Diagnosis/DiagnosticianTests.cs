using Aiguillage.Catalogue;
using Aiguillage.Diagnosis;
using Aiguillage.Offers;
using Aiguillage.Organisations;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;

namespace Aiguillage.Tests.Diagnosis;

/// <summary>
/// The diagnosis on a hand-built catalogue with known answers: the Creuse with Guéret (urban) and a very sparse rural
/// commune, the Haute-Vienne with Limoges, and an EPCI spanning both départements.
/// </summary>
public sealed class DiagnosticianTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);


    private static Structure Structure(int id, string commune, string kind) => TestData.WithId(
        new Structure("test", $"s{id}", new StructureDetails($"Structure {id}", [kind], null, commune, "https://example.org", null, null, [], true, "", ["https://example.org"], null, StructureStatus.Active)),
        id);

    private static Offer Offer(int id, int structureId, string stage, CoverageZone zone, DateOnly? verified = null) => TestData.WithId(
        new Offer(structureId, "test", $"o{id}", TestData.Offer(title: $"Offre {id}", stages: [stage], zones: [zone]) with { LastVerifiedOn = verified }),
        id);

    private static readonly TerritoryRows Territories = new(
        "test",
        [new TerritoryRow(TerritoryLevel.Region, "75", "Nouvelle-Aquitaine", null, TerritoryZone.Metro, 6_000_000)],
        [
            new TerritoryRow(TerritoryLevel.Departement, "23", "Creuse", "75", TerritoryZone.Metro, 13_500, "de la Creuse", 46.09, 2.01),
            new TerritoryRow(TerritoryLevel.Departement, "87", "Haute-Vienne", "75", TerritoryZone.Metro, 130_300, "de la Haute-Vienne", 45.89, 1.23),
        ],
        [KeyValuePair.Create("200000001", "Communauté à cheval")],
        [
            new CommuneRow("23096", "Guéret", "23", "75", null, 13_000, 46.16, 1.87, ["23000"]),
            new CommuneRow("23001", "Ajain", "23", "75", "200000001", 500, 46.2, 1.99, ["23380"]),
            new CommuneRow("87085", "Limoges", "87", "75", null, 130_000, 45.83, 1.26, ["87000"]),
            new CommuneRow("87001", "Aixe", "87", "75", "200000001", 300, 45.8, 1.1, ["87700"]),
        ],
        []);

    private static readonly Dictionary<string, double> Surfaces = new()
    {
        ["23096"] = 26, // 500 inhabitants per km²: intermediate, urban
        ["23001"] = 50, // 10 per km²: very sparse, rural
        ["87085"] = 78, // 1,667 per km²: dense
        ["87001"] = 10, // 30 per km²: rural
    };

    internal static CatalogueSnapshot Catalogue() => CatalogueBuilder.Build(new CatalogueRows(
        "stamp",
        TaxonomyCatalog.Version1,
        Territories,
        [Structure(1, "23096", "cae"), Structure(2, "87085", "financeur"), Structure(3, "23096", "cae")],
        [
            Offer(10, 1, "creation", new CoverageZone(TerritoryLevel.Departement, "23"), verified: Today.AddMonths(-2)),
            Offer(11, 2, "emergence", new CoverageZone(TerritoryLevel.Region, "75")),
            Offer(12, 2, "creation", CoverageZone.France),
            Offer(13, 3, "ideation", new CoverageZone(TerritoryLevel.Commune, "23096")),
        ]), Today);

    private static readonly DemandRow[] Demand =
    [
        new DemandRow("creation", ["financement"], Unmet: true, Count: 6),
        new DemandRow("creation", ["financement"], Unmet: true, Count: 4),
        new DemandRow("creation", ["juridique"], Unmet: false, Count: 10),
    ];

    private static TerritoryDiagnosis Creuse(IReadOnlyList<RedirectRow>? redirects = null) =>
        Diagnostician.Diagnose(Catalogue(), TerritoryLevel.Departement, "23", Surfaces, Today.AddMonths(-12), Today, Demand, redirects ?? [])!;

    [Fact]
    public void The_matrix_counts_local_regional_and_national_offers_by_stage_and_need()
    {
        var d = Creuse();
        Assert.Equal((1, 0, 1), (d.Cell("creation", "financement").Local, d.Cell("creation", "financement").Regional, d.Cell("creation", "financement").National));
        Assert.Equal((0, 1, 0), (d.Cell("emergence", null).Local, d.Cell("emergence", null).Regional, d.Cell("emergence", null).National));
        Assert.Equal((1, 0, 0), (d.Cell("ideation", null).Local, d.Cell("ideation", null).Regional, d.Cell("ideation", null).National));
        Assert.True(d.Cell("creation", "juridique").IsGap);
        Assert.False(d.Cell("emergence", "financement").IsGap);
        Assert.Equal(d.Stages.Count * (d.Needs.Count + 1), d.Matrix.Count);
    }

    [Fact]
    public void A_rural_commune_without_a_local_offer_is_a_white_zone_and_counts_its_people()
    {
        var d = Creuse();
        Assert.Equal((2, 13_500L, 1, 500L), (d.Communes, d.Population, d.RuralCommunes, d.RuralPopulation));
        var ideation = d.StageCoverage.Single(s => s.Stage == "ideation");
        Assert.Equal((1, 500L, 500L), (ideation.WhiteCommunes, ideation.WhitePopulation, ideation.WhiteRuralPopulation));
        Assert.Equal((0.0, 1.0), (ideation.RuralCoveredShare, ideation.UrbanCoveredShare));
        Assert.Equal("Ajain", Assert.Single(ideation.LargestWhiteCommunes).Name);
        Assert.Equal(DensityBand.VerySparse, ideation.LargestWhiteCommunes[0].Band);
        Assert.Equal(0, d.StageCoverage.Single(s => s.Stage == "creation").WhiteCommunes);
        Assert.Equal(0, d.StageCoverage.Single(s => s.Stage == "emergence").WhiteCommunes);
        Assert.Equal(2, d.StageCoverage.Single(s => s.Stage == "consolidation").WhiteCommunes);
    }

    [Fact]
    public void An_epci_spanning_two_departements_gets_the_communes_of_both()
    {
        var d = Diagnostician.Diagnose(Catalogue(), TerritoryLevel.Epci, "200000001", Surfaces, Today.AddMonths(-12), Today, [], [])!;
        Assert.Equal(("Communauté à cheval", 2, 800L), (d.Name, d.Communes, d.Population));
        var creation = d.StageCoverage.Single(s => s.Stage == "creation");
        Assert.Equal("Aixe", Assert.Single(creation.LargestWhiteCommunes).Name);
    }

    [Fact]
    public void Visibility_counts_sites_contacts_and_recent_evidence_of_the_territorys_own_offers()
    {
        var v = Creuse().Visibility;
        Assert.Equal((3, 3, 0, 1), (v.Offers, v.WithWebsite, v.WithContact, v.Recent));
        Assert.Equal(["Offre 11", "Offre 13"], v.Stale.Select(s => s.Title).Order());
    }

    [Fact]
    public void Demand_counts_requests_with_fewer_than_three_results_by_need_and_states_the_finding()
    {
        var d = Creuse();
        Assert.Equal((20, 10), (d.Demand.Requests, d.Demand.Unmet));
        var financing = d.Demand.ByNeed.Single(n => n.Code == "financement");
        Assert.Equal((10, 10), (financing.Requests, financing.Unmet));
        var finding = Assert.Single(d.Findings, f => f.Kind == "demande-non-satisfaite");
        Assert.Contains("« Financement » dépasse l'offre", finding.Sentence, StringComparison.Ordinal);
        Assert.Contains("100", finding.Sentence, StringComparison.Ordinal);
        Assert.Equal("/annuaire/departement/23?besoin=financement", finding.ActorsLink);
    }

    [Fact]
    public void Findings_state_white_zones_with_their_population_and_missing_emergence_support()
    {
        var d = Creuse();
        var ideation = Assert.Single(d.Findings, f => f.Kind == "zone-blanche" && f.Sentence.Contains("Idéation", StringComparison.Ordinal));
        Assert.Contains("1 commune(s) dans le département Creuse (23) n'ont aucune offre locale ni régionale", ideation.Sentence, StringComparison.Ordinal);
        Assert.Contains("500 habitants", ideation.Sentence, StringComparison.Ordinal);
        Assert.NotEmpty(ideation.Levers);
        Assert.Contains(d.Findings, f => f.Kind == "emergence");
    }

    [Fact]
    public void Handovers_between_structures_of_the_territory_are_counted_and_others_left_out()
    {
        var d = Creuse([new RedirectRow(1, 2), new RedirectRow(1, 2), new RedirectRow(2, 2)]);
        var handover = Assert.Single(d.Handovers);
        Assert.Equal((1, 2, 2), (handover.FromStructureId, handover.ToStructureId, handover.Count));
    }

    [Fact]
    public void An_unknown_territory_has_no_diagnosis() =>
        Assert.Null(Diagnostician.Diagnose(Catalogue(), TerritoryLevel.Departement, "99", Surfaces, Today, Today, [], []));

    [Theory]
    [InlineData(15_000, 10, DensityBand.Dense)]
    [InlineData(3_000, 10, DensityBand.Intermediate)]
    [InlineData(299, 1, DensityBand.Rural)]
    [InlineData(24, 1, DensityBand.VerySparse)]
    public void The_density_band_follows_the_thresholds_of_ADR_014(long population, double surface, DensityBand band) =>
        Assert.Equal(band, DiagnosisRules.BandOf(population, surface));

    [Fact]
    public void An_offer_is_as_local_as_its_finest_zone() =>
        Assert.Equal(
            [OfferScale.Local, OfferScale.Regional, OfferScale.National],
            new[]
            {
                new[] { CoverageZone.France, new CoverageZone(TerritoryLevel.Epci, "200000001") },
                [new CoverageZone(TerritoryLevel.Region, "75")],
                [CoverageZone.France],
            }.Select(DiagnosisRules.ScaleOf));
}

public sealed class DiagnosisTablesTests
{
    [Fact]
    public void Every_table_has_as_many_cells_per_row_as_headers_and_writes_as_French_csv()
    {
        var d = Diagnostician.Diagnose(DiagnosticianTests.Catalogue(), TerritoryLevel.Departement, "23", new Dictionary<string, double> { ["23096"] = 26, ["23001"] = 50 }, new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 30), [new DemandRow("creation", ["financement"], Unmet: true, Count: 1)], [new RedirectRow(1, 2)])!;
        foreach (var table in DiagnosisTables.Of(d))
        {
            Assert.All(table.Rows, row => Assert.Equal(table.Headers.Count, row.Count));
            var csv = DiagnosisTables.ToCsv(table);
            Assert.StartsWith(table.Headers[0] + ";", csv, StringComparison.Ordinal);
            Assert.Equal(table.Rows.Count + 1, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }
    }
}

public sealed class ComparisonTests
{
    private static readonly Dictionary<string, double> Surfaces = new() { ["23096"] = 26, ["23001"] = 50, ["87085"] = 78, ["87001"] = 10 };

    [Fact]
    public void Indicators_count_covered_cells_and_the_population_covered_at_each_stage()
    {
        var creuse = Comparisons.Indicators(DiagnosticianTests.Catalogue(), TerritoryLevel.Departement, "23", Surfaces)!;
        var cells = 5 * TaxonomyCatalog.Version1.Count(t => t.Kind == TaxonomyKind.Need && !t.IsRetired);
        Assert.Equal(3.0 / cells, creuse.CoveredCells, 6);
        Assert.Equal(((13_000.0 / 13_500) + 1 + 1 + 0 + 0) / 5, creuse.CoveredPopulation, 6);
    }

    [Fact]
    public void A_departement_is_ranked_among_departements_and_compared_with_its_region()
    {
        var comparison = new Comparisons().Compare(DiagnosticianTests.Catalogue(), TerritoryLevel.Departement, "23", Surfaces)!;
        Assert.Equal((1, 1, 2, "départements", "Nouvelle-Aquitaine"), (comparison.CellsRank, comparison.PopulationRank, comparison.Peers, comparison.PeersLabel, comparison.ParentName));
        var limousin = new Comparisons().Compare(DiagnosticianTests.Catalogue(), TerritoryLevel.Departement, "87", Surfaces)!;
        Assert.Equal((2, 2), (limousin.CellsRank, limousin.PopulationRank));
        Assert.NotNull(comparison.Parent);
    }
}

public sealed class DistanceTests
{
    [Fact]
    public void The_distance_between_gueret_and_limoges_is_about_80_km() =>
        Assert.InRange(DiagnosisRules.DistanceKm(new GeoPoint(46.1667, 1.8667), new GeoPoint(45.8315, 1.2578)), 55, 65);

    [Fact]
    public void The_nearest_place_is_found_as_by_trying_every_place()
    {
        var random = new Random(3);
        GeoPoint Somewhere() => new(41 + (random.NextDouble() * 10), -5 + (random.NextDouble() * 14));
        var places = Enumerable.Range(0, 300).Select(_ => Somewhere()).ToList();
        var byLatitude = DiagnosisRules.ByLatitude(places);
        foreach (var point in Enumerable.Range(0, 500).Select(_ => Somewhere()).Concat(places.Take(5)))
        {
            Assert.Equal(places.Min(p => DiagnosisRules.DistanceKm(point, p)), DiagnosisRules.NearestKm(point, byLatitude)!.Value, 9);
        }

        Assert.Null(DiagnosisRules.NearestKm(places[0], []));
        Assert.Equal(0, DiagnosisRules.NearestKm(places[0], [places[0]]));
    }

    [Fact]
    public void The_median_distance_to_a_local_offer_is_weighted_by_population_and_far_people_are_counted()
    {
        var points = new Dictionary<string, GeoPoint>
        {
            ["23096"] = new(46.16, 1.87),
            ["23001"] = new(46.2, 1.99),
            ["87085"] = new(45.83, 1.26),
            ["87001"] = new(45.8, 1.1),
        };
        var d = Diagnostician.Diagnose(DiagnosticianTests.Catalogue(), TerritoryLevel.Region, "75", new Dictionary<string, double>(), new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 30), [], [], points)!;
        var creation = d.StageCoverage.Single(s => s.Stage == "creation");
        // The local creation offer is run from Guéret; Limoges (130,000 people) is about 60 km away, so the median is Limoges'.
        Assert.InRange(creation.MedianDistanceKm!.Value, 55, 65);
        Assert.Equal(130_300, creation.FarPopulation);
        var consolidation = d.StageCoverage.Single(s => s.Stage == "consolidation");
        Assert.Equal((null, null), (consolidation.MedianDistanceKm, consolidation.FarPopulation));
        Assert.Contains(d.Findings, f => f.Kind == "eloignement" && f.Sentence.Contains("« Création »", StringComparison.Ordinal) && f.Sentence.Contains("91", StringComparison.Ordinal));
    }
}

public sealed class ResponseTimeTests
{
    [Fact]
    public void The_median_response_time_counts_the_structures_based_in_the_territory_only()
    {
        (int, TimeSpan)[] answers = [(1, TimeSpan.FromHours(2)), (1, TimeSpan.FromHours(10)), (3, TimeSpan.FromHours(6)), (2, TimeSpan.FromDays(9))];
        var d = Diagnostician.Diagnose(DiagnosticianTests.Catalogue(), TerritoryLevel.Departement, "23", new Dictionary<string, double>(), new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 30), [], [], null, answers)!;
        Assert.Equal((3, TimeSpan.FromHours(6)), (d.Responses!.Answers, d.Responses.Median));
    }
}
