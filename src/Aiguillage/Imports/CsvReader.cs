using System.Text;
using Library = CsvHelper;

namespace Aiguillage.Imports;

/// <summary>One record of a CSV file with the number of the line where it starts (the header is line 1).</summary>
public sealed record CsvRecord(int LineNumber, IReadOnlyList<string> Fields);

/// <summary>A quoting problem, located by line and column (both from 1), explained in French.</summary>
public sealed record CsvProblem(int LineNumber, int ColumnNumber, string Message)
{
    public override string ToString() => $"ligne {LineNumber}, colonne n° {ColumnNumber} : {Message}";
}

/// <summary>The file breaks the quoting rules; every problem found is listed, the first one gives the message.</summary>
public sealed class CsvFormatException(IReadOnlyList<CsvProblem> problems) : Exception(problems[0].ToString())
{
    public IReadOnlyList<CsvProblem> Problems { get; } = problems;

    public int LineNumber => Problems[0].LineNumber;
}

/// <summary>
/// Reads RFC 4180 CSV (double quotes, quotes doubled inside quoted fields, line breaks allowed inside quotes) with
/// CsvHelper (ADR 007); what stays here is ours: the separator rule, the record line numbers and the French report.
/// A semicolon-separated file, as spreadsheets write in France, is recognised from its header line.
/// </summary>
public static class CsvReader
{
    public static IReadOnlyList<CsvRecord> Read(TextReader reader)
    {
        var text = reader.ReadToEnd();
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        // The bytes are kept so that a quoting problem, which the library locates by byte offset, can be given a line and a column.
        var bytes = Encoding.UTF8.GetBytes(text);
        var separator = DetectSeparator(text);
        var malformed = new List<Library.CsvMalformedRecord>();
        var options = Library.CsvReaderOptions.Default with
        {
            HasHeader = false,
            Separator = separator,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            OnMalformedRecord = malformed.Add,
        };

        var records = new List<CsvRecord>();
        using (var csv = Library.CsvReader.Create(bytes, options))
        {
            while (csv.Read())
            {
                var fields = new string[csv.FieldCount];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = csv.GetString(i) ?? "";
                }

                // A line of spaces is as empty as an empty line, which the library skips.
                if (fields is not [""])
                {
                    records.Add(new CsvRecord(checked((int)csv.LineNumber), fields));
                }
            }
        }

        // A quote inside an unquoted field (Maison "ESS") is kept as text, as spreadsheets and RFC 4180 readers do.
        var problems = malformed
            .Where(m => m.Reason != Library.CsvMalformedReason.StrayQuote)
            .Select(m => Locate(bytes, (byte)separator, m))
            .ToList();
        if (problems.Count > 0)
        {
            throw new CsvFormatException(problems);
        }

        return records;
    }

    private static char DetectSeparator(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';
    }

    /// <summary>
    /// Walks the record up to the problem to say on which line and in which column (field) it is: for a quote never closed,
    /// where that quote opens; for text after a closing quote, where that text is.
    /// </summary>
    private static CsvProblem Locate(byte[] bytes, byte separator, Library.CsvMalformedRecord problem)
    {
        var line = checked((int)problem.LineNumber);
        var end = (int)Math.Min(problem.ByteOffset, bytes.Length);
        var (column, inQuotes, openedAt) = (1, false, (Line: line, Column: 1));
        for (var i = StartOfLine(bytes, line); i < end; i++)
        {
            if (bytes[i] == (byte)'"')
            {
                inQuotes = !inQuotes;
                openedAt = inQuotes ? (line, column) : openedAt;
            }
            else if (bytes[i] == separator && !inQuotes)
            {
                column++;
            }
            else if (IsLineBreak(bytes, i))
            {
                line++;
            }
        }

        return problem.Reason switch
        {
            Library.CsvMalformedReason.UnterminatedQuote => new(openedAt.Line, openedAt.Column, "un guillemet ouvert n'est jamais fermé."),
            Library.CsvMalformedReason.TextAfterClosingQuote => new(line, column, "caractère inattendu après un guillemet fermant ; doublez les guillemets à l'intérieur d'un champ (\"\")."),
            _ => new(line, column, "guillemets mal placés ; un champ entre guillemets commence et finit par un guillemet, et les guillemets qu'il contient sont doublés (\"\")."),
        };
    }

    /// <summary>Where a line starts, counting line breaks as the library does (LF, CR LF or a lone CR).</summary>
    private static int StartOfLine(byte[] bytes, int lineNumber)
    {
        for (int i = 0, line = 1; i < bytes.Length && line < lineNumber; i++)
        {
            if (IsLineBreak(bytes, i) && ++line == lineNumber)
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool IsLineBreak(byte[] bytes, int i) =>
        bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 == bytes.Length || bytes[i + 1] != (byte)'\n'));

    /// <summary>Writes one field, quoted when needed (also for a semicolon, so that the field reads back with either separator).</summary>
    public static string Escape(string? value)
    {
        value ??= "";
        return value.IndexOfAny([',', '"', '\r', '\n', ';']) >= 0 || value != value.Trim()
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
