using System.CommandLine;
using System.CommandLine.Help;
using System.Data.Common;
using System.Globalization;
using Aiguillage.Cli.Commands;
using Aiguillage.Territories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Aiguillage.Cli;

/// <summary>
/// The command line (ADR 007): the tree of commands, French help and errors, and the run of one command in a host scope
/// with the exit codes of <see cref="ExitCodes"/>. Program.cs and the tests call <see cref="RunAsync"/>.
/// </summary>
public static class CliApplication
{
    internal static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Runs one command line; results go to <paramref name="output"/>, problems to <paramref name="error"/>.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, IAnsiConsole output, TextWriter error, CancellationToken cancellationToken = default)
    {
        // System.CommandLine takes its messages from its French resources; the culture flows to this call only.
        CultureInfo.CurrentUICulture = French;
        var (settings, arguments) = CliHost.Split(args);
        var console = new CliConsole(output, error);
        var root = BuildTree(settings, console);
        var parse = root.Parse(arguments);

        if (arguments.Length == 0)
        {
            FrenchHelp.Write(root, console.Writer);
            return ExitCodes.Refused;
        }

        if (parse.Action is HelpAction)
        {
            FrenchHelp.Write(parse.CommandResult.Command, console.Writer);
            return ExitCodes.Success;
        }

        if (parse.Errors.Count > 0)
        {
            await ReportAsync(parse, error);
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(
            new InvocationConfiguration { Output = console.Writer, Error = error, EnableDefaultExceptionHandler = false },
            cancellationToken);
    }

    /// <summary>Every command, as the user types it; a new command is one class and one line here.</summary>
    private static RootCommand BuildTree(string[] settings, CliConsole console)
    {
        var root = new RootCommand("Aiguillage en ligne de commande : base de données, territoires officiels, données d'amorce, imports.")
        {
            new MigrateCommand(),
            new InitCommand(),
            new Command("territories", "les territoires officiels : territories import [--data DIR]") { new ImportTerritoriesCommand() },
            new SeedCommand(),
            new Command("offers", "les offres d'accompagnement : offers import FICHIER.csv [--dry-run] | offers import-data-inclusion FICHIER.json --type-structure CODE [--dry-run] | offers remind (rappels de confirmation)")
            {
                new ImportOffersCommand(), new ImportDataInclusionCommand(), new OffersRemindCommand(),
            },
            new Command("data", "la qualité des données : data report [--details]") { new DataReportCommand() },
            new Command("opendata", "les données ouvertes : opendata dump [--dossier DIR]") { new OpenDataDumpCommand() },
            new Command("users", "les comptes : users add-admin COURRIEL | add-moderator COURRIEL --territoire region:75 | add-member COURRIEL --structure N")
            {
                AddUserCommand.Admin(), AddUserCommand.Moderator(), AddUserCommand.Member(),
            },
            new Command("referrals", "les mises en relation : referrals due (rappels, expirations, anonymisation)") { new ReferralsDueCommand() },
            new Command("mail", "les courriels en file : mail send | mail status") { new MailSendCommand(), new MailStatusCommand() },
        };
        root.HelpName = "aiguillage";
        root.Options.OfType<HelpOption>().Single().Description = "Afficher l'aide et l'utilisation";

        // "aiguillage help" worked before System.CommandLine; it stays, out of the help.
        var help = new Command("help", "Afficher l'aide") { Hidden = true };
        help.SetAction(_ => FrenchHelp.Write(root, console.Writer));
        root.Add(help);

        foreach (var command in UseCaseCommands(root))
        {
            command.SetAction((parse, cancellationToken) => RunUseCaseAsync(command, parse, settings, console, cancellationToken));
        }

        return root;
    }

    private static IEnumerable<UseCaseCommand> UseCaseCommands(Command command) =>
        command.Subcommands.SelectMany(c => c is UseCaseCommand useCase ? [useCase] : UseCaseCommands(c));

    /// <summary>The host is built only when a command runs, so that the help and usage errors never touch the database.</summary>
    private static async Task<int> RunUseCaseAsync(UseCaseCommand command, ParseResult parse, string[] settings, CliConsole console, CancellationToken cancellationToken)
    {
        try
        {
            using var host = CliHost.Build(settings);
            await using var scope = host.Services.CreateAsyncScope();
            return await command.RunAsync(parse, scope.ServiceProvider, console, cancellationToken);
        }
        catch (Exception e) when (e is InvalidSettingException or Mail.MailSettingsException)
        {
            await console.Error.WriteLineAsync(e.Message);
            return ExitCodes.Usage;
        }
        catch (TerritoryDataMissingException e)
        {
            await console.Error.WriteLineAsync(e.Message);
            return ExitCodes.TerritoryDataMissing;
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or DbException)
        {
            await console.Error.WriteLineAsync($"Échec : {e.Message}");
            return ExitCodes.DatabaseFailure;
        }
    }

    /// <summary>An unknown command is named as before; other mistakes get System.CommandLine's French messages. Then the help of the command concerned.</summary>
    private static async Task ReportAsync(ParseResult parse, TextWriter error)
    {
        var command = parse.CommandResult.Command;
        if (command is not UseCaseCommand && parse.UnmatchedTokens.Count > 0)
        {
            await error.WriteLineAsync($"Commande inconnue : « {string.Join(' ', FrenchHelp.Path(command).Concat(parse.UnmatchedTokens))} ».");
        }
        else
        {
            foreach (var message in parse.Errors.Select(e => e.Message).Distinct())
            {
                await error.WriteLineAsync(message);
            }
        }

        await error.WriteLineAsync();
        FrenchHelp.Write(command, error);
    }
}
