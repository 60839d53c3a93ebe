using System.Globalization;
using Library = CsvHelper;

namespace Aiguillage.Imports;

/// <summary>
/// CSV for spreadsheets set to French, written once for every export that people open in a spreadsheet (the diagnosis, the
/// structures' dashboard): semicolons between cells, decimal commas, integers and dates as written, quotes where needed.
/// </summary>
public static class SpreadsheetCsv
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Write(IReadOnlyList<string> headers, IEnumerable<IEnumerable<object?>> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = Library.CsvWriter.Create(text, Library.CsvWriterOptions.Default with { Separator = ';' }, true))
        {
            csv.WriteRecord([.. headers]);
            foreach (var row in rows)
            {
                csv.WriteRecord(row.Select(Cell).ToArray());
            }
        }

        return text.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString(French),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
