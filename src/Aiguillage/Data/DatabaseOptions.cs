using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Bound from the "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply migrations and load the territories and the seed into an empty database at start-up (Development, tests).</summary>
    public bool InitializeOnStartup { get; set; }
}

public static class DatabaseRegistration
{
    public const string ConnectionStringName = "Aiguillage";

    /// <summary>
    /// Registers AppDbContext on the chosen provider. A relative SQLite file path is taken from <paramref name="baseDirectory"/>,
    /// and its folder is created, so that the default works after a clone.
    /// </summary>
    public static IServiceCollection AddAiguillageDatabase(
        this IServiceCollection services,
        DatabaseProvider provider,
        string? connectionString,
        string baseDirectory)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = ResolveSqlite(connectionString ?? "Data Source=App_Data/aiguillage.db", baseDirectory);
                services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(sqlite));
                break;
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        $"Database:Provider vaut Postgres mais la chaîne de connexion ConnectionStrings:{ConnectionStringName} est vide.");
                }

                services.AddDbContext<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(connectionString, x => x.EnableRetryOnFailure()));
                break;
            default:
                throw new InvalidOperationException($"Fournisseur de base de données inconnu : {provider}.");
        }

        return services;
    }

    public static string ResolveSqlite(string connectionString, string baseDirectory)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(baseDirectory, builder.DataSource));
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            System.IO.Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }
}
