using Aiguillage.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

[assembly: AssemblyFixture(typeof(Aiguillage.IntegrationTests.SqliteDatabase))]
[assembly: AssemblyFixture(typeof(Aiguillage.IntegrationTests.PostgresDatabase))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Aiguillage.IntegrationTests;

/// <summary>
/// A real database, migrated, with the official territories and the seed loaded once for the whole test run.
/// Tests that write use their own "source" so they never disturb the seed.
/// </summary>
public abstract class TestDatabase : IAsyncLifetime
{
    private ServiceProvider? _services;

    public abstract DatabaseProvider Provider { get; }

    public string ConnectionString { get; protected set; } = "";

    public bool Available { get; protected set; } = true;

    public string? UnavailableReason { get; protected set; }

    public IServiceProvider Services => _services ?? throw new InvalidOperationException(UnavailableReason);

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public void SkipIfUnavailable() => Assert.SkipUnless(Available, UnavailableReason ?? "");

    public virtual async ValueTask InitializeAsync()
    {
        if (!Available)
        {
            return;
        }

        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddAiguillageDatabase(Provider, ConnectionString, Path.GetTempPath());
        services.AddAiguillageUseCases();
        _services = services.BuildServiceProvider();
        await using var scope = Scope();
        await scope.ServiceProvider.GetRequiredService<InitializeDatabase>().HandleAsync(InitializeDatabase.DefaultTerritoryDataDirectory);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteDatabase : TestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"aiguillage-tests-{Guid.NewGuid():N}.db");

    public SqliteDatabase() => ConnectionString = $"Data Source={_path}";

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>The real host on this database, for the API tests.</summary>
    public WebApplicationFactory<Program> Web { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Web = Hosts.On(this);
    }

    public override async ValueTask DisposeAsync()
    {
        if (Web is not null)
        {
            await Web.DisposeAsync();
        }

        await base.DisposeAsync();
        if (System.IO.Directory.Exists(Hosts.DumpDirectory))
        {
            System.IO.Directory.Delete(Hosts.DumpDirectory, recursive: true);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}

/// <summary>
/// PostgreSQL from AIGUILLAGE_TEST_POSTGRES (a connection string whose user may create databases; ./test.sh sets it).
/// Each run works in a database of its own, dropped at the end. Without the variable the tests are skipped,
/// except under CI, where a missing PostgreSQL is a failure.
/// </summary>
public sealed class PostgresDatabase : TestDatabase
{
    public const string Variable = "AIGUILLAGE_TEST_POSTGRES";
    private readonly string? _admin = Environment.GetEnvironmentVariable(Variable);
    private readonly string _name = $"aiguillage_test_{Guid.NewGuid():N}";

    public PostgresDatabase()
    {
        if (string.IsNullOrWhiteSpace(_admin))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"{Variable} n'est pas défini : en CI, les tests de données doivent tourner sur PostgreSQL (lancez ./test.sh).");
            }

            Available = false;
            UnavailableReason = $"PostgreSQL non configuré : définissez {Variable} ou lancez ./test.sh.";
            return;
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString;
    }

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override async ValueTask InitializeAsync()
    {
        if (Available)
        {
            await using var connection = new NpgsqlConnection(_admin);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Available)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
