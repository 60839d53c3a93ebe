using Aiguillage.Cli;
using Aiguillage.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Aiguillage.IntegrationTests;

/// <summary>
/// The command line run in-process as a user types it, its output captured (a console that is not a terminal, as in CI),
/// against the tests' SQLite database or a new temporary one.
/// </summary>
public sealed class CliTests(SqliteDatabase database) : IDisposable
{
    private readonly DirectoryInfo _folder = System.IO.Directory.CreateTempSubdirectory("aiguillage-cli-");

    internal sealed record Run(int ExitCode, string Output, string Error);

    internal static async Task<Run> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        var exitCode = await CliApplication.RunAsync(args, console, error, TestContext.Current.CancellationToken);

        // System.CommandLine's French texts put a no-break space before colons, as French typography does.
        return new(exitCode, output.ToString().Replace('\u00A0', ' '), error.ToString().Replace('\u00A0', ' '));
    }

    private string[] TestDatabase => ["--Database:Provider=Sqlite", $"--ConnectionStrings:Aiguillage={database.ConnectionString}"];

    private string[] NewDatabase(out string path)
    {
        path = Path.Combine(_folder.FullName, "nouvelle.db");
        return ["--Database:Provider=Sqlite", $"--ConnectionStrings:Aiguillage=Data Source={path}"];
    }

    private string File(string name, params string[] lines)
    {
        var path = Path.Combine(_folder.FullName, name);
        System.IO.File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    private async Task<int> OffersOfAsync(string source)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Offers.CountAsync(o => o.Source == source, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_help_lists_every_command_and_the_settings_in_French()
    {
        var run = await RunAsync("--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Utilisation :", run.Output, StringComparison.Ordinal);
        Assert.Contains("aiguillage [commande] [options]", run.Output, StringComparison.Ordinal);
        foreach (var command in new[] { "migrate", "init", "territories import [--data DIR]", "seed", "offers import FICHIER.csv [--dry-run]", "referrals due", "users", "add-admin", "add-moderator" })
        {
            Assert.Contains(command, run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("--Database:Provider=Sqlite|Postgres", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Show help", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("[command]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Referrals_due_runs_the_deadlines_and_says_what_it_did()
    {
        var run = await RunAsync(["referrals", "due", .. TestDatabase]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"Mises en relation : \d+ rappel\(s\) mis en file, \d+ demande\(s\) expirée\(s\), \d+ demande\(s\) et \d+ courriel\(s\) anonymisés\.", System.Text.RegularExpressions.Regex.Replace(run.Output, @"\s+", " "));
    }

    [Fact]
    public async Task Users_add_admin_and_add_moderator_print_a_one_time_link_and_refuse_what_cannot_work()
    {
        var email = $"admin-{Guid.NewGuid():N}@example.org";
        var run = await RunAsync(["users", "add-admin", email, .. TestDatabase]);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var output = System.Text.RegularExpressions.Regex.Replace(run.Output, @"\s+", " ");
        Assert.Contains($"Compte créé pour {email}", output, StringComparison.Ordinal);
        Assert.Contains("/compte/nouveau-mot-de-passe?courriel=", run.Output.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var moderator = await RunAsync(["users", "add-moderator", email, "--territoire", "region:75", .. TestDatabase]);
        Assert.Equal(ExitCodes.Success, moderator.ExitCode);
        Assert.Contains("Rôle moderateur donné au compte", System.Text.RegularExpressions.Regex.Replace(moderator.Output, @"\s+", " "), StringComparison.Ordinal);

        var unknownTerritory = await RunAsync(["users", "add-moderator", email, "--territoire", "region:99", .. TestDatabase]);
        Assert.Equal(ExitCodes.Refused, unknownTerritory.ExitCode);
        Assert.Contains("« region:99 » n'est pas un territoire connu", unknownTerritory.Error, StringComparison.Ordinal);

        var badEmail = await RunAsync(["users", "add-admin", "pas-une-adresse", .. TestDatabase]);
        Assert.Equal(ExitCodes.Refused, badEmail.ExitCode);
        Assert.Contains("n'est pas une adresse électronique valide", badEmail.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_referral_setting_is_refused_in_French()
    {
        var run = await RunAsync(["referrals", "due", "--Site:PublicUrl=pas-une-adresse", .. TestDatabase]);

        Assert.NotEqual(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Site:PublicUrl doit être une adresse http(s) absolue", run.Error + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_command_the_help_is_shown_with_exit_code_1()
    {
        var run = await RunAsync();

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("Commandes :", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_help_of_a_command_describes_its_arguments_and_options()
    {
        var run = await RunAsync("offers", "import", "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("aiguillage offers import <FICHIER> [options]", run.Output, StringComparison.Ordinal);
        Assert.Contains("--dry-run", run.Output, StringComparison.Ordinal);
        Assert.Contains("valide et compte sans rien écrire", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_is_named_in_French_with_the_help_and_exit_code_2()
    {
        var run = await RunAsync("migrat");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("Commande inconnue : « migrat ».", run.Error, StringComparison.Ordinal);
        Assert.Contains("Utilisation :", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("Le fichier n'existe pas : 'absent.csv'.", "offers", "import", "absent.csv")]
    [InlineData("Argument obligatoire 'FICHIER' manquant", "offers", "import")]
    [InlineData("La commande nécessaire n'a pas été fournie.", "offers")]
    [InlineData("'--dryrun'", "offers", "import", "absent.csv", "--dryrun")]
    public async Task A_usage_mistake_is_explained_in_French_before_touching_the_database(string message, params string[] args)
    {
        var run = await RunAsync(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_provider_that_does_not_exist_is_refused_in_French()
    {
        var run = await RunAsync("migrate", "--Database:Provider=Oracle");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("Database:Provider vaut « Oracle » ; valeurs possibles : Sqlite, Postgres.", run.Error.Trim());
    }

    [Fact]
    public async Task Migrate_creates_a_new_SQLite_database_with_settings_before_or_after_the_command()
    {
        var settings = NewDatabase(out var path);

        var run = await RunAsync([settings[0], "migrate", settings[1]]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("Migrations appliquées.", run.Output.Trim());
        Assert.True(System.IO.File.Exists(path));
    }

    [Fact]
    public async Task Territories_import_without_the_official_files_says_what_to_do_with_exit_code_3()
    {
        var run = await RunAsync(["territories", "import", "--data", Path.Combine(_folder.FullName, "absent"), .. NewDatabase(out _)]);

        Assert.Equal(ExitCodes.TerritoryDataMissing, run.ExitCode);
        Assert.Contains("npm ci", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_on_a_bad_file_reports_each_error_by_line_and_column_and_writes_nothing()
    {
        var file = File(
            "erreurs.csv",
            DataTests.Header,
            DataTests.Row("cli-erreurs", "o1", stages: "creat"),
            DataTests.Row("cli-erreurs", "o2", zones: "departement:99"),
            DataTests.Row("cli-erreurs", "o3"));

        var run = await RunAsync(["offers", "import", file, "--dry-run", .. TestDatabase]);

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("2 erreur(s) : rien n'a été importé.", lines[0]);
        Assert.StartsWith("ligne 2, colonne etapes : « creat » n'est pas une étape connue ; étapes possibles :", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("ligne 3, colonne zones : « 99 » n'est pas un code de département connu", lines[2], StringComparison.Ordinal);
        Assert.Equal(0, await OffersOfAsync("cli-erreurs"));
    }

    [Fact]
    public async Task A_quote_never_closed_is_reported_by_line_and_column()
    {
        var file = File("guillemets.csv", DataTests.Header, DataTests.Row("cli-guillemets", "o1"), "cli-guillemets,o2,\"structure");

        var run = await RunAsync(["offers", "import", file, .. TestDatabase]);

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("ligne 3, colonne n° 3 : un guillemet ouvert n'est jamais fermé.", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, await OffersOfAsync("cli-guillemets"));
    }

    [Fact]
    public async Task A_dry_run_counts_without_writing_then_the_import_writes()
    {
        // Drafts, so that the offers written here show on no page that other tests read.
        var file = File(
            "offres.csv",
            DataTests.Header,
            DataTests.Row("cli-import", "o1", status: "brouillon"),
            DataTests.Row("cli-import", "o2", status: "brouillon"));

        var dryRun = await RunAsync(["offers", "import", file, "--dry-run", .. TestDatabase]);

        Assert.Equal(ExitCodes.Success, dryRun.ExitCode);
        Assert.StartsWith("Vérification seule, rien n'a été écrit.", dryRun.Output, StringComparison.Ordinal);
        Assert.Contains("2 lignes :", dryRun.Output, StringComparison.Ordinal);
        Assert.Matches(@"Structures\s*│\s*1\s*│\s*0\s*│", dryRun.Output);
        Assert.Matches(@"Offres\s*│\s*2\s*│\s*0\s*│\s*0\s*│", dryRun.Output);
        Assert.Equal(0, await OffersOfAsync("cli-import"));

        var import = await RunAsync(["offers", "import", file, .. TestDatabase]);

        Assert.Equal(ExitCodes.Success, import.ExitCode);
        Assert.DoesNotContain("Vérification seule", import.Output, StringComparison.Ordinal);
        Assert.Equal(2, await OffersOfAsync("cli-import"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
