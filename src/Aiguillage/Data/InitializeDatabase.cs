using Aiguillage.Seed;
using Aiguillage.Territories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Aiguillage.Data;

public sealed record InitializationReport(bool TerritoriesImported, bool SeedLoaded);

/// <summary>
/// Brings a database to a usable state: applies migrations, imports the official territories when there are none,
/// loads the seed when there is no structure yet. A second run does nothing but check.
/// Used at start-up in Development and by `aiguillage init`; never implicitly in production.
/// </summary>
public sealed class InitializeDatabase(
    AppDbContext db,
    ImportTerritories importTerritories,
    SeedDatabase seedDatabase,
    ILogger<InitializeDatabase> logger)
{
    public async Task<InitializationReport> HandleAsync(string territoryDataDirectory, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);

        var territoriesImported = false;
        if (!await db.Communes.AnyAsync(cancellationToken))
        {
            var report = await importTerritories.HandleAsync(territoryDataDirectory, cancellationToken: cancellationToken);
            logger.LogInformation(
                "Territoires importés ({Version}) : {Communes} communes, {Epcis} EPCI, {Departements} départements en {Seconds:0.0} s",
                report.PackageVersion, report.Communes, report.Epcis, report.Departements, report.Duration.TotalSeconds);
            territoriesImported = true;
        }

        else if (!await db.Departements.AnyAsync(d => d.Latitude != null, cancellationToken))
        {
            // A database created before the territories had points: import them again (same codes, now with positions).
            var report = await importTerritories.HandleAsync(territoryDataDirectory, cancellationToken: cancellationToken);
            logger.LogInformation("Territoires réimportés pour leurs positions ({Version}) en {Seconds:0.0} s", report.PackageVersion, report.Duration.TotalSeconds);
            territoriesImported = true;
        }

        var seedLoaded = false;
        if (!await db.Structures.AnyAsync(cancellationToken))
        {
            var seed = await seedDatabase.HandleAsync(cancellationToken);
            logger.LogInformation("Données d'amorce chargées : {Structures} structures, {Offers} offres", seed.StructuresCreated, seed.OffersCreated);
            seedLoaded = true;
        }

        return new InitializationReport(territoriesImported, seedLoaded);
    }

    /// <summary>Where the official files are copied by the build (see Aiguillage.csproj).</summary>
    public static string DefaultTerritoryDataDirectory => Path.Combine(AppContext.BaseDirectory, "territories");
}
