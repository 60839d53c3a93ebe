using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aiguillage.OpenData;

/// <summary>
/// Writes records as they are enumerated, a JSON array or a CSV file, flushing every few kilobytes: memory stays the
/// same whatever the number of records. The CSV columns are the JSON field names, in the record's order; lists are
/// joined with « | » as in our own CSV format.
/// </summary>
public static class OpenDataWriter
{
    private const int FlushThreshold = 32 * 1024;

    public static JsonSerializerOptions Json { get; } = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // French text stays readable; the body is JSON, never HTML.
    };

    public static async Task WriteJsonArrayAsync<T>(IEnumerable<T> records, Stream output, CancellationToken cancellationToken)
    {
        // The serializer flushes its writer synchronously, which a response body refuses: records are written to a buffer
        // in memory, moved to the output asynchronously every few kilobytes.
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
        await using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder });
        writer.WriteStartArray();
        await WriteItemsAsync(records, writer, buffer, output, cancellationToken);
        writer.WriteEndArray();
        await EndAsync(writer, buffer, output, cancellationToken);
    }

    /// <summary>
    /// { "structures": [...], "services": [...] }, the file that <see cref="ImportDataInclusion"/> reads, streamed like
    /// <see cref="WriteJsonArrayAsync{T}"/>. Returns how many records each list holds.
    /// </summary>
    public static async Task<(int Structures, int Services)> WriteDataInclusionFileAsync(
        IEnumerable<DataInclusionStructure> structures, IEnumerable<DataInclusionService> services, Stream output, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
        await using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder });
        writer.WriteStartObject();
        writer.WriteStartArray("structures");
        var structureCount = await WriteItemsAsync(structures, writer, buffer, output, cancellationToken);
        writer.WriteEndArray();
        writer.WriteStartArray("services");
        var serviceCount = await WriteItemsAsync(services, writer, buffer, output, cancellationToken);
        writer.WriteEndArray();
        writer.WriteEndObject();
        await EndAsync(writer, buffer, output, cancellationToken);
        return (structureCount, serviceCount);
    }

    private static async Task<int> WriteItemsAsync<T>(IEnumerable<T> records, Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, Stream output, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var record in records)
        {
            JsonSerializer.Serialize(writer, record, Json);
            count++;
            if (buffer.WrittenCount > FlushThreshold)
            {
                await writer.FlushAsync(cancellationToken);
                await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
                buffer.ResetWrittenCount();
            }
        }

        return count;
    }

    private static async Task EndAsync(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, Stream output, CancellationToken cancellationToken)
    {
        await writer.FlushAsync(cancellationToken);
        await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// Rows of named cells under a header of <paramref name="columns"/>, in that order (a missing cell is empty), with the
    /// same quoting as <see cref="WriteCsvAsync{T}"/>. Returns the number of rows.
    /// </summary>
    public static async Task<int> WriteCsvRowsAsync(
        IReadOnlyList<string> columns, IEnumerable<IReadOnlyDictionary<string, string>> rows, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        await writer.WriteLineAsync(string.Join(",", columns.Select(Quote)).AsMemory(), cancellationToken);
        var count = 0;
        foreach (var row in rows)
        {
            await writer.WriteLineAsync(string.Join(",", columns.Select(c => Quote(row.GetValueOrDefault(c) ?? ""))).AsMemory(), cancellationToken);
            count++;
        }

        await writer.FlushAsync(cancellationToken);
        return count;
    }

    public static async Task WriteCsvAsync<T>(IEnumerable<T> records, Stream output, CancellationToken cancellationToken)
    {
        var columns = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Property: p, Name: p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name))
            .Where(c => c.Name is not null)
            .ToList();
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        await writer.WriteLineAsync(string.Join(",", columns.Select(c => Quote(c.Name!))).AsMemory(), cancellationToken);
        foreach (var record in records)
        {
            await writer.WriteLineAsync(string.Join(",", columns.Select(c => Quote(Cell(c.Property.GetValue(record))))).AsMemory(), cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        string s => s,
        IEnumerable list => string.Join("|", list.Cast<object>().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.</summary>
    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
