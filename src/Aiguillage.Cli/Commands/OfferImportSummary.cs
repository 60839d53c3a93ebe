using System.Globalization;
using Aiguillage.Offers;
using Spectre.Console;

namespace Aiguillage.Cli.Commands;

/// <summary>What an offers import (or the seed) created, updated or left unchanged, as a table.</summary>
internal static class OfferImportSummary
{
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
