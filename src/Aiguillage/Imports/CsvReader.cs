using System.Text;

namespace Aiguillage.Imports;

/// <summary>One record of a CSV file with the number of the line where it starts (the header is line 1).</summary>
public sealed record CsvRecord(int LineNumber, IReadOnlyList<string> Fields);

public sealed class CsvFormatException(int lineNumber, string message) : Exception(message)
{
    public int LineNumber { get; } = lineNumber;
}

/// <summary>
/// Reads RFC 4180 CSV (comma, double quotes, quotes doubled inside quoted fields, line breaks allowed inside quotes).
/// A semicolon-separated file, as spreadsheets write in France, is recognised from its header line.
/// </summary>
public static class CsvReader
{
    public static IReadOnlyList<CsvRecord> Read(TextReader reader)
    {
        var text = reader.ReadToEnd();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var separator = DetectSeparator(text);
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var fieldWasQuoted = false;
        var i = 0;

        void EndField()
        {
            fields.Add(fieldWasQuoted ? field.ToString() : field.ToString().Trim());
            field.Clear();
            fieldWasQuoted = false;
        }

        void EndRecord()
        {
            EndField();
            if (!(fields.Count == 1 && fields[0].Length == 0))
            {
                records.Add(new CsvRecord(recordLine, fields.ToArray()));
            }

            fields.Clear();
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    inQuotes = false;
                    i++;
                    if (i < text.Length && text[i] != separator && text[i] != '\r' && text[i] != '\n')
                    {
                        throw new CsvFormatException(line, "caractère inattendu après un guillemet fermant ; doublez les guillemets à l'intérieur d'un champ (\"\").");
                    }

                    continue;
                }

                if (c == '\n')
                {
                    line++;
                }

                field.Append(c);
                i++;
                continue;
            }

            if (c == '"' && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                inQuotes = true;
                fieldWasQuoted = true;
                i++;
            }
            else if (c == separator)
            {
                EndField();
                i++;
            }
            else if (c is '\r' or '\n')
            {
                EndRecord();
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
                i++;
            }
        }

        if (inQuotes)
        {
            throw new CsvFormatException(recordLine, "un guillemet ouvert n'est jamais fermé.");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            EndRecord();
        }

        return records;
    }

    private static char DetectSeparator(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';
    }

    /// <summary>Writes one field, quoted when needed.</summary>
    public static string Escape(string? value)
    {
        value ??= "";
        return value.IndexOfAny([',', '"', '\r', '\n', ';']) >= 0 || value != value.Trim()
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
