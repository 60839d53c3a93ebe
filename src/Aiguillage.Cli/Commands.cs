using Aiguillage.Data;
using Aiguillage.Offers;
using Aiguillage.Seed;
using Aiguillage.Territories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.Cli;

internal static class Commands
{
    public const string Usage = """
        Utilisation : aiguillage <commande> [options]

        Commandes :
          migrate                         applique les migrations de la base de données
          init                            migrations + territoires + données d'amorce si la base est vide
          territories import [--data DIR] importe les territoires officiels (@etalab/decoupage-administratif)
          seed                            charge les données d'amorce (structures et offres réelles)
          offers import FICHIER.csv [--dry-run]
                                          importe des offres au format CSV documenté (docs/format-csv-offres.md) ;
                                          tout ou rien ; --dry-run valide et compte sans rien écrire

        Base : --Database:Provider=Sqlite|Postgres --ConnectionStrings:Aiguillage="…"
        (ou les variables d'environnement Database__Provider et ConnectionStrings__Aiguillage).
        """;

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> command, IReadOnlyList<string> options, TextWriter output, TextWriter error)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        try
        {
            switch (command)
            {
                case ["migrate"]:
                    await provider.GetRequiredService<AppDbContext>().Database.MigrateAsync();
                    await output.WriteLineAsync("Migrations appliquées.");
                    return 0;
                case ["init"]:
                    var init = await provider.GetRequiredService<InitializeDatabase>().HandleAsync(DataDirectory(options));
                    await output.WriteLineAsync($"Base prête. Territoires importés : {(init.TerritoriesImported ? "oui" : "déjà présents")} ; amorce chargée : {(init.SeedLoaded ? "oui" : "déjà présente")}.");
                    return 0;
                case ["territories", "import"]:
                    return await ImportTerritoriesAsync(provider, DataDirectory(options), output);
                case ["seed"]:
                    await provider.GetRequiredService<AppDbContext>().Database.MigrateAsync();
                    var seed = await provider.GetRequiredService<SeedDatabase>().HandleAsync();
                    await output.WriteLineAsync(Summary(seed));
                    return 0;
                case ["offers", "import", var file]:
                    return await ImportOffersAsync(provider, file, options.Contains("--dry-run"), output, error);
                case [] or ["help"] when options.Count == 0 || options.Contains("--help") || options.Contains("-h"):
                    await output.WriteLineAsync(Usage);
                    return command.Count == 0 ? 1 : 0;
                default:
                    await error.WriteLineAsync($"Commande inconnue : « {string.Join(' ', command)} ».");
                    await error.WriteLineAsync(Usage);
                    return 2;
            }
        }
        catch (TerritoryDataMissingException e)
        {
            await error.WriteLineAsync(e.Message);
            return 3;
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            await error.WriteLineAsync($"Échec : {e.Message}");
            return 4;
        }
    }

    private static string DataDirectory(IReadOnlyList<string> options)
    {
        var data = options.FirstOrDefault(o => o.StartsWith("--data=", StringComparison.Ordinal));
        return data is null ? InitializeDatabase.DefaultTerritoryDataDirectory : data["--data=".Length..];
    }

    private static async Task<int> ImportTerritoriesAsync(IServiceProvider provider, string directory, TextWriter output)
    {
        await provider.GetRequiredService<AppDbContext>().Database.MigrateAsync();
        var progress = new ProgressBar(output);
        var report = await provider.GetRequiredService<ImportTerritories>().HandleAsync(directory, progress);
        progress.Finish();
        await output.WriteLineAsync(
            $"Territoires importés depuis {ImportTerritories.PackageName} {report.PackageVersion} en {report.Duration.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))} s : " +
            $"{report.Regions} régions, {report.Departements} départements, {report.Epcis} EPCI, {report.Communes} communes, " +
            $"{report.PostalCodes} codes postaux, {report.Aliases} codes rattachés (arrondissements, communes déléguées, anciens codes).");
        return 0;
    }

    private static async Task<int> ImportOffersAsync(IServiceProvider provider, string file, bool dryRun, TextWriter output, TextWriter error)
    {
        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"Fichier introuvable : {file}");
            return 2;
        }

        await provider.GetRequiredService<AppDbContext>().Database.MigrateAsync();
        using var reader = new StreamReader(file, System.Text.Encoding.UTF8);
        var report = await provider.GetRequiredService<ImportOffers>().HandleAsync(reader, dryRun);
        if (!report.Succeeded)
        {
            await error.WriteLineAsync($"{report.Errors.Count} erreur(s) : rien n'a été importé.");
            foreach (var e in report.Errors)
            {
                await error.WriteLineAsync(e.ToString());
            }

            return 1;
        }

        await output.WriteLineAsync((dryRun ? "Vérification seule, rien n'a été écrit. " : "") + Summary(report));
        return 0;
    }

    private static string Summary(OfferImportReport r) =>
        $"{r.Rows} lignes : {r.StructuresCreated} structures créées, {r.StructuresUpdated} mises à jour ; " +
        $"{r.OffersCreated} offres créées, {r.OffersUpdated} mises à jour, {r.OffersUnchanged} inchangées.";
}
