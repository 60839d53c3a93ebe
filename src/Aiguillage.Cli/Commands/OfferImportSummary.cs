using System.Globalization;
using Aiguillage.Offers;
using Spectre.Console;

namespace Aiguillage.Cli.Commands;

/// <summary>What an offers import (or the seed) created, updated or left unchanged, as a table.</summary>
internal static class OfferImportSummary
{
    /// <summary>
    /// The end of an import command: the refusals one a line, "ligne N, colonne X : …" (for a person to fix and a script to
    /// read), or what was written; the exit code says which.
    /// </summary>
    public static async Task<int> ConcludeAsync(CliConsole console, OfferImportReport report, bool dryRun)
    {
        if (!report.Succeeded)
        {
            await console.Error.WriteLineAsync($"{report.Errors.Count} erreur(s) : rien n'a été importé.");
            foreach (var error in report.Errors)
            {
                await console.Error.WriteLineAsync(error.ToString());
            }

            return ExitCodes.Refused;
        }

        if (dryRun)
        {
            console.Out.WriteLine("Vérification seule, rien n'a été écrit.");
        }

        Write(console.Out, report);
        return ExitCodes.Success;
    }

    public static void Write(IAnsiConsole console, OfferImportReport report)
    {
        console.WriteLine($"{Count(report.Rows)} lignes :");
        var table = new Table()
            .AddColumn("")
            .AddColumn(new TableColumn("créées").RightAligned())
            .AddColumn(new TableColumn("mises à jour").RightAligned())
            .AddColumn(new TableColumn("inchangées").RightAligned());
        // Unchanged structures are not counted by the import.
        table.AddRow("Structures", Count(report.StructuresCreated), Count(report.StructuresUpdated), "—");
        table.AddRow("Offres", Count(report.OffersCreated), Count(report.OffersUpdated), Count(report.OffersUnchanged));
        console.Write(table);
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
