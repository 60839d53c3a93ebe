using Aiguillage.Data;
using Aiguillage.Territories;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aiguillage.Benchmarks;

/// <summary>
/// The official territory import (target: under 10 s) and the territory look-ups behind the commune field,
/// on a real SQLite file.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, id: "import")]
public class TerritoryImportBenchmarks
{
    private string _path = "";
    private ServiceProvider _services = null!;

    [IterationSetup]
    public void CreateEmptyDatabase()
    {
        _path = Path.Combine(Path.GetTempPath(), $"aiguillage-bench-{Guid.NewGuid():N}.db");
        _services = Services.For($"Data Source={_path}");
        using var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.Migrate();
    }

    [Benchmark(Description = "Lire et convertir le paquet Etalab (sans base)")]
    public int ReadAndBuild() =>
        ImportTerritories.Build(ImportTerritories.TerritoryFiles.Read(InitializeDatabase.DefaultTerritoryDataDirectory)).Communes.Count;

    [Benchmark(Description = "Importer les territoires dans SQLite")]
    public async Task<int> ImportIntoSqlite()
    {
        await using var scope = _services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<ImportTerritories>().HandleAsync(InitializeDatabase.DefaultTerritoryDataDirectory);
        return report.Communes;
    }

    [IterationCleanup]
    public void Delete()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}

[MemoryDiagnoser]
public class TerritorySearchBenchmarks
{
    private string _path = "";
    private ServiceProvider _services = null!;

    [GlobalSetup]
    public void ImportOnce()
    {
        _path = Path.Combine(Path.GetTempPath(), $"aiguillage-bench-{Guid.NewGuid():N}.db");
        _services = Services.For($"Data Source={_path}");
        using var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.Migrate();
        scope.ServiceProvider.GetRequiredService<ImportTerritories>().HandleAsync(InitializeDatabase.DefaultTerritoryDataDirectory).GetAwaiter().GetResult();
    }

    [Params("gueret", "75011", "saint")]
    public string Query { get; set; } = "";

    [Benchmark(Description = "Chercher une commune (10 résultats)")]
    public async Task<int> Search()
    {
        await using var scope = _services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<SearchTerritories>().HandleAsync(Query, null, 10)).Count;
    }

    [GlobalCleanup]
    public void Delete()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}

internal static class Services
{
    public static ServiceProvider For(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddAiguillageDatabase(DatabaseProvider.Sqlite, connectionString, Path.GetTempPath());
        services.AddAiguillageUseCases();
        return services.BuildServiceProvider();
    }
}
