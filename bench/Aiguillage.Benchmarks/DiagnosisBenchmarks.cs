using System.Globalization;
using System.Text.Json;
using Aiguillage.Catalogue;
using Aiguillage.Diagnosis;
using Aiguillage.Territories;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.Benchmarks;

/// <summary>
/// The territorial diagnosis (issue 12's target: a région with 100,000 offers and 1,000,000 recorded orientation
/// requests in less than 1 s) on a real SQLite file: the official territories, 100,000 synthetic offers imported through
/// the CSV import, 1,000,000 requests over the last 12 months drawn from communes in proportion to their population.
/// Each call goes through <see cref="DiagnoseTerritory"/> as the page does (new scope, the catalogue snapshot already
/// built); "pairs" measures what the first diagnosis after a new catalogue generation adds (the peers' indicators).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, id: "diagnostic")]
public class DiagnosisBenchmarks
{
    public const int OfferCount = 100_000;
    public const int RequestCount = 1_000_000;
    private static readonly DateOnly Today = new(2026, 11, 25);
    private string _path = "";
    private ServiceProvider _services = null!;
    private CatalogueSnapshot _snapshot = null!;

    [Params("region:11", "region:75", "departement:23", "epci:200034825")]
    public string Territory { get; set; } = "";

    [GlobalSetup]
    public void Load()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // BenchmarkDotNet runs each case in its own process: the database is built once and kept for the next cases
        // (and runs) under a name that says what it holds; delete it to rebuild.
        _path = Path.Combine(Path.GetTempPath(), $"aiguillage-diagnostic-{OfferCount}-{RequestCount}-v2.db");
        var catalog = new SyntheticCatalog();
        catalog.EnsureDatabaseAsync(_path, OfferCount, partial =>
        {
            Console.WriteLine($"// {OfferCount} offres importées en {clock.Elapsed.TotalSeconds:0} s");
            InsertRequests(partial, catalog);
            Console.WriteLine($"// {RequestCount} demandes enregistrées ; base prête en {clock.Elapsed.TotalSeconds:0} s");
        }).GetAwaiter().GetResult();

        _services = Services.For($"Data Source={_path}");
        _snapshot = _services.GetRequiredService<CatalogueProvider>().GetAsync().AsTask().GetAwaiter().GetResult();
        Console.WriteLine($"// instantané du catalogue : {_snapshot.Offers.Count} offres ; préparation {clock.Elapsed.TotalSeconds:0} s");
    }

    /// <summary>Requests written by one prepared statement in one transaction: the application's own writes are measured elsewhere.</summary>
    private static void InsertRequests(string path, SyntheticCatalog catalog)
    {
        var random = new Random(5);
        var stages = new[] { "ideation", "emergence", "creation", "consolidation", "changement-echelle" };
        var needs = Taxonomy.TaxonomyCatalog.Version1.Where(t => t.Kind == Taxonomy.TaxonomyKind.Need).Select(t => t.Code).ToArray();
        var communes = catalog.PopulationDraw(random, RequestCount);
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO orientation_requests (day, commune_code, departement_code, region_code, stage, needs, public, result_count, alternative_count)
            VALUES ($day, $commune, $departement, $region, $stage, $needs, NULL, $results, 0)
            """;
        var parameters = new[] { "$day", "$commune", "$departement", "$region", "$stage", "$needs", "$results" }.Select(n => insert.Parameters.Add(new SqliteParameter(n, null))).ToArray();
        foreach (var commune in communes)
        {
            parameters[0].Value = Today.AddDays(-random.Next(365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            parameters[1].Value = commune.Code;
            parameters[2].Value = commune.DepartementCode;
            parameters[3].Value = commune.RegionCode;
            parameters[4].Value = stages[random.Next(stages.Length)];
            parameters[5].Value = JsonSerializer.Serialize(needs.OrderBy(_ => random.Next()).Take(random.Next(0, 4)).Order(StringComparer.Ordinal).ToArray());
            parameters[6].Value = random.Next(0, 21);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    [Benchmark(Description = "Diagnostic d'un territoire (instantané et pairs déjà calculés)")]
    public async Task<int> Diagnose()
    {
        var (level, code) = Split(Territory);
        await using var scope = _services.CreateAsyncScope();
        var (diagnosis, problem) = await scope.ServiceProvider.GetRequiredService<DiagnoseTerritory>().HandleAsync(level, code, null, (string?)null, CancellationToken.None);
        return diagnosis is null ? throw new InvalidOperationException(problem?.Message ?? "territoire inconnu") : diagnosis.Demand.Requests;
    }

    [Benchmark(Description = "Indicateurs des pairs (premier diagnostic d'une génération du catalogue)")]
    public int Peers()
    {
        var (level, code) = Split(Territory);
        _ = TerritoryLevels.TryParse(level, out var parsed);
        return new Comparisons().Compare(_snapshot, parsed, code, TerritoryCoordinates.Embedded.Surfaces)?.Peers ?? 0;
    }

    private static (string Level, string Code) Split(string territory) => (territory[..territory.IndexOf(':', StringComparison.Ordinal)], territory[(territory.IndexOf(':', StringComparison.Ordinal) + 1)..]);

    [GlobalCleanup]
    public void Release()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
