using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.Directory;
using Aiguillage.Maps;
using Aiguillage.Offers;
using Aiguillage.Organisations;
using Aiguillage.Seed;
using Aiguillage.Territories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.IntegrationTests;

/// <summary>The same data tests on each database: the model, the territories, the seed and the imports behave alike.</summary>
public abstract class DataTests(TestDatabase database)
{
    internal static readonly string Header = string.Join(',', OfferCsv.AllColumns);

    protected async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        return await action(scope.ServiceProvider);
    }

    [Fact]
    public Task The_model_has_no_change_missing_from_the_migrations() => WithAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        Assert.False(db.Database.HasPendingModelChanges(), $"Le modèle a changé sans migration pour {database.Provider} : ajoutez une migration (voir README).");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        return 0;
    });

    [Fact]
    public Task The_official_territories_of_metropole_and_drom_are_all_there() => WithAsync(async s =>
    {
        var counts = await s.GetRequiredService<CountTerritories>().HandleAsync(TestContext.Current.CancellationToken);

        Assert.Equal(18, counts.Regions);
        Assert.Equal(101, counts.Departements);
        Assert.InRange(counts.Epcis, 1200, 1300);
        Assert.InRange(counts.Communes, 34_700, 35_000);
        Assert.Equal("6.0.0", counts.DatasetVersion);
        return 0;
    });

    [Fact]
    public Task Overseas_departements_and_collectivities_are_kept_and_told_apart() => WithAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var drom = await db.Departements.Where(d => d.Zone == TerritoryZone.Drom).Select(d => d.Code).OrderBy(c => c).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["971", "972", "973", "974", "976"], drom);
        Assert.True(await db.Departements.AnyAsync(d => d.Code == "975" && d.Zone == TerritoryZone.Com, TestContext.Current.CancellationToken));
        Assert.True(await db.Departements.AnyAsync(d => d.Code == "2A", TestContext.Current.CancellationToken));
        return 0;
    });

    [Theory]
    [InlineData("gueret")]
    [InlineData("GUÉRET")]
    [InlineData(" Guéret ")]
    public Task Gueret_is_found_without_accents_or_case(string query) => WithAsync(async s =>
    {
        var found = await s.GetRequiredService<SearchTerritories>().HandleAsync(query, TerritoryLevel.Commune, 5, TestContext.Current.CancellationToken);
        var first = found[0];
        Assert.Equal(("23096", "Guéret", "23", "Creuse", "75", "Nouvelle-Aquitaine"), (first.Code, first.Name, first.Departement!.Code, first.Departement.Name, first.Region!.Code, first.Region.Name));
        return 0;
    });

    [Fact]
    public Task A_postal_code_of_an_arrondissement_finds_its_city() => WithAsync(async s =>
    {
        var found = await s.GetRequiredService<SearchTerritories>().HandleAsync("75011", null, 5, TestContext.Current.CancellationToken);
        Assert.Equal("75056", found[0].Code);
        return 0;
    });

    [Fact]
    public Task Name_matches_are_ranked_by_population() => WithAsync(async s =>
    {
        var found = await s.GetRequiredService<SearchTerritories>().HandleAsync("saint-", TerritoryLevel.Commune, 3, TestContext.Current.CancellationToken);
        Assert.Equal("42218", found[0].Code);
        Assert.True(found[0].Population >= found[1].Population && found[1].Population >= found[2].Population);
        return 0;
    });

    [Theory]
    [InlineData("75111", "75056")]
    [InlineData("69381", "69123")]
    [InlineData("13201", "13055")]
    public Task A_municipal_arrondissement_resolves_to_its_commune(string arrondissement, string commune) => WithAsync(async s =>
    {
        var territory = await s.GetRequiredService<GetTerritory>().HandleAsync(TerritoryLevel.Commune, arrondissement, TestContext.Current.CancellationToken);
        Assert.Equal(commune, territory!.Code);
        return 0;
    });

    [Fact]
    public Task The_seed_holds_at_least_150_real_structures_with_their_sources() => WithAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var structures = await db.Structures.Where(x => x.Source == "aiguillage-amorce").ToListAsync(TestContext.Current.CancellationToken);
        Assert.True(structures.Count >= 150, $"{structures.Count} structures seulement");
        Assert.All(structures, x => Assert.NotEmpty(x.SourceUrls));
        var offers = await db.Offers.Where(o => o.Source == "aiguillage-amorce").ToListAsync(TestContext.Current.CancellationToken);
        Assert.All(offers, o => Assert.NotEmpty(o.SourceUrls));
        Assert.Contains(offers, o => o.ZoneKeys.Contains("departement:974"));
        return 0;
    });

    [Fact]
    public Task A_file_with_one_bad_row_writes_nothing() => WithAsync(async s =>
    {
        var csv = Header + "\n" + Row("tout-ou-rien", "o1") + "\n" + Row("tout-ou-rien", "o2", stages: "creat") + "\n";
        var report = await s.GetRequiredService<ImportOffers>().HandleAsync(new StringReader(csv), dryRun: false, TestContext.Current.CancellationToken);

        var error = Assert.Single(report.Errors);
        Assert.Equal((3, "etapes"), (error.Line, error.Column));
        var db = s.GetRequiredService<AppDbContext>();
        Assert.False(await db.Offers.AnyAsync(o => o.Source == "tout-ou-rien", TestContext.Current.CancellationToken));
        Assert.False(await db.Structures.AnyAsync(o => o.Source == "tout-ou-rien", TestContext.Current.CancellationToken));
        return 0;
    });

    [Fact]
    public Task Importing_twice_changes_nothing_and_an_edit_updates_in_place() => WithAsync(async s =>
    {
        var import = s.GetRequiredService<ImportOffers>();
        var ct = TestContext.Current.CancellationToken;
        var csv = Header + "\n" + Row("idempotence", "o1") + "\n" + Row("idempotence", "o2") + "\n";

        var first = await import.HandleAsync(new StringReader(csv), false, ct);
        var second = await import.HandleAsync(new StringReader(csv), false, ct);
        var edited = await import.HandleAsync(new StringReader(csv.Replace("Incubation de projets", "Incubation renouvelée", StringComparison.Ordinal)), false, ct);

        Assert.Equal((1, 2, 0), (first.StructuresCreated, first.OffersCreated, first.OffersUpdated));
        Assert.Equal((0, 0, 0, 2), (second.StructuresCreated, second.OffersCreated, second.OffersUpdated, second.OffersUnchanged));
        Assert.Equal((0, 2), (edited.OffersCreated, edited.OffersUpdated));
        var db = s.GetRequiredService<AppDbContext>();
        var offers = await db.Offers.Where(o => o.Source == "idempotence").ToListAsync(ct);
        Assert.Equal(2, offers.Count);
        Assert.All(offers, o => Assert.Equal(("Incubation renouvelée", 2), (o.Title, o.Version)));
        return 0;
    });

    [Fact]
    public Task A_dry_run_reports_without_writing() => WithAsync(async s =>
    {
        var csv = Header + "\n" + Row("essai-a-blanc", "o1") + "\n";
        var report = await s.GetRequiredService<ImportOffers>().HandleAsync(new StringReader(csv), dryRun: true, TestContext.Current.CancellationToken);

        Assert.Equal((true, 1, 1), (report.Succeeded, report.StructuresCreated, report.OffersCreated));
        Assert.False(await s.GetRequiredService<AppDbContext>().Offers.AnyAsync(o => o.Source == "essai-a-blanc", TestContext.Current.CancellationToken));
        return 0;
    });

    [Fact]
    public async Task A_concurrent_edit_is_detected()
    {
        database.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        await using (var setup = database.Scope())
        {
            var csv = Header + "\n" + Row("concurrence", "o1") + "\n";
            Assert.True((await setup.ServiceProvider.GetRequiredService<ImportOffers>().HandleAsync(new StringReader(csv), false, ct)).Succeeded);
        }

        await using var alice = database.Scope();
        await using var bob = database.Scope();
        var aliceDb = alice.ServiceProvider.GetRequiredService<AppDbContext>();
        var bobDb = bob.ServiceProvider.GetRequiredService<AppDbContext>();
        var aliceOffer = await aliceDb.Offers.SingleAsync(o => o.Source == "concurrence", ct);
        var bobOffer = await bobDb.Offers.SingleAsync(o => o.Source == "concurrence", ct);

        aliceOffer.Suspend();
        await aliceDb.SaveChangesAsync(ct);
        bobOffer.Archive();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => bobDb.SaveChangesAsync(ct));
    }

    [Fact]
    public Task Offers_of_a_departement_include_national_regional_and_local_ones_only() => WithAsync(async s =>
    {
        var ct = TestContext.Current.CancellationToken;
        var csv = Header + "\n"
            + Row("portee", "creuse", zones: "departement:23") + "\n"
            + Row("portee", "gueret", zones: "commune:23096") + "\n"
            + Row("portee", "grand-gueret", zones: "epci:200034825") + "\n"
            + Row("portee", "nouvelle-aquitaine", zones: "region:75") + "\n"
            + Row("portee", "haute-vienne", zones: "departement:87") + "\n"
            + Row("portee", "brouillon", zones: "departement:23", status: "brouillon") + "\n";
        Assert.True((await s.GetRequiredService<ImportOffers>().HandleAsync(new StringReader(csv), false, ct)).Succeeded);
        await s.GetRequiredService<CatalogueProvider>().RefreshAsync(ct);

        var page = await s.GetRequiredService<ListOffers>().HandleAsync(new OfferFilter(DepartementCode: "23"), 1, 10_000, ct);
        var ours = page.Items.Where(o => o.Source == "portee").Select(o => o.SourceIdentifier).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["creuse", "grand-gueret", "gueret", "nouvelle-aquitaine"], ours);
        Assert.Contains(page.Items, o => o.Zones.Any(z => z.Level == TerritoryLevel.Pays));
        Assert.Contains(page.Items, o => o.Zones.Any(z => z.Level == TerritoryLevel.Epci && z.Name == "CA du Grand Guéret"));
        return 0;
    });

    [Fact]
    public Task Reseeding_retires_what_an_earlier_seed_held_and_the_current_one_no_longer_does() => WithAsync(async s =>
    {
        var ct = TestContext.Current.CancellationToken;
        var db = s.GetRequiredService<AppDbContext>();
        var structure = new Structure(SeedDatabase.Source, "ancien-programme", new StructureDetails(
            "Ancien programme rangé parmi les structures", ["programme-public"], null, null, null, null, null, [], true, "",
            ["https://example.org/ancien"], null, StructureStatus.Active));
        db.Structures.Add(structure);
        await db.SaveChangesAsync(ct);
        db.Offers.Add(new Offer(structure.Id, SeedDatabase.Source, "ancienne-offre", new OfferDetails(
            "Ancienne offre", "", ["information"], [], ["creation"], [], [], [CoverageZone.France], null, null, null, null, null, null, null, null,
            OfferStatus.Published, null, null, ["https://example.org/ancien"])));
        await db.SaveChangesAsync(ct);

        await s.GetRequiredService<SeedDatabase>().HandleAsync(ct);

        db.ChangeTracker.Clear();
        Assert.Equal(OfferStatus.Archived, (await db.Offers.SingleAsync(o => o.Source == SeedDatabase.Source && o.SourceIdentifier == "ancienne-offre", ct)).Status);
        Assert.Equal(StructureStatus.Closed, (await db.Structures.SingleAsync(x => x.Id == structure.Id, ct)).Status);
        Assert.True(await db.Offers.CountAsync(o => o.Source == SeedDatabase.Source && o.Status == OfferStatus.Published, ct) >= 700);
        return 0;
    });

    [Fact]
    public Task Structures_of_a_region_are_those_serving_it() => WithAsync(async s =>
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await s.GetRequiredService<ListStructures>().HandleAsync(new OfferFilter(RegionCode: "04"), 1, 100, ct);
        Assert.Contains(page.Items, x => x.Name.Contains("Réunion", StringComparison.Ordinal));
        Assert.DoesNotContain(page.Items, x => x.Name == "CRESS Bretagne");
        return 0;
    });

    [Fact]
    public Task Communes_and_departements_have_their_points_after_the_import() => WithAsync(async s =>
    {
        var ct = TestContext.Current.CancellationToken;
        var db = s.GetRequiredService<AppDbContext>();
        var gueret = await db.Communes.SingleAsync(c => c.Code == "23096", ct);
        Assert.Equal(46.17, gueret.Latitude!.Value, 1);
        Assert.Equal(1.87, gueret.Longitude!.Value, 1);
        var paris = await db.Communes.SingleAsync(c => c.Code == "75056", ct);
        Assert.InRange(paris.Latitude!.Value, 48.8, 48.9);
        Assert.True(await db.Communes.CountAsync(c => c.Latitude != null, ct) > 34_800);
        var centres = await db.Departements.Where(d => d.Zone != TerritoryZone.Com && d.Latitude != null && d.Longitude != null).Select(d => d.Code).ToListAsync(ct);
        Assert.Equal(101, centres.Count);
        Assert.Contains("976", centres);
        return 0;
    });

    [Fact]
    public Task The_catalogue_places_the_seed_structures_and_counts_coverage_in_the_101_departements() => WithAsync(async s =>
    {
        var ct = TestContext.Current.CancellationToken;
        var catalog = CatalogueBuilder.Build(await CatalogueBuilder.ReadAsync(s.GetRequiredService<AppDbContext>(), ct), DateOnly.FromDateTime(DateTime.UtcNow));
        var structures = catalog.Structures;
        Assert.Contains(structures, x => x.Location.Precision == LocationPrecision.Commune && x.Location.Point is not null);
        Assert.Contains(structures, x => x.Location.Precision == LocationPrecision.DepartementCentre && x.Location.DepartementCode is not null);
        Assert.All(structures.Where(x => x.Location.Precision == LocationPrecision.None), x => Assert.Null(x.Location.Point));

        var coverage = CountCoverage.Count(catalog, TerritoryLevel.Departement, "creation", null);
        Assert.Equal(101, coverage.Territories.Count);
        Assert.Equal(["971", "972", "973", "974", "976"], coverage.Territories.Where(t => t.Code.Length == 3).Select(t => t.Code));
        Assert.All(coverage.Territories, t => Assert.InRange(t.OffersOnWholeTerritory, 0, t.Offers));
        return 0;
    });

    internal static string Row(string source, string identifier, string stages = "emergence|creation", string zones = "departement:23", string status = "publiee") =>
        string.Join(',', OfferCsv.AllColumns.Select(c => Imports.CsvReader.Escape(c switch
        {
            OfferCsv.Columns.Source => source,
            OfferCsv.Columns.Identifier => identifier,
            OfferCsv.Columns.StructureIdentifier => "structure-" + source,
            OfferCsv.Columns.StructureName => "Structure " + source,
            OfferCsv.Columns.StructureKinds => "incubateur",
            OfferCsv.Columns.Title => "Incubation de projets",
            OfferCsv.Columns.Types => "incubation",
            OfferCsv.Columns.Stages => stages,
            OfferCsv.Columns.Zones => zones,
            OfferCsv.Columns.Status => status,
            OfferCsv.Columns.VerifiedOn => "2026-11-01",
            OfferCsv.Columns.Sources => "https://example.org/" + source,
            _ => "",
        })));
}

public sealed class SqliteDataTests(SqliteDatabase database) : DataTests(database);

public sealed class PostgresDataTests(PostgresDatabase database) : DataTests(database);
