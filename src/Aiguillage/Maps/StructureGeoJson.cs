using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Aiguillage.Catalogue;

namespace Aiguillage.Maps;

/// <summary>
/// Writes placed structures as an RFC 7946 FeatureCollection: [longitude, latitude] in WGS 84, rounded to 5 decimals
/// (about a metre, finer than a commune's point deserves), no foreign member so that strict validators accept it.
/// </summary>
public static class StructureGeoJson
{
    public const string ContentType = "application/geo+json";

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The French code of a precision, as the API and the map's script read it.</summary>
    public static string Code(LocationPrecision precision) => precision switch
    {
        LocationPrecision.Own => "adresse",
        LocationPrecision.Commune => "commune",
        LocationPrecision.DepartementCentre => "centre-departement",
        LocationPrecision.RegionCentre => "centre-region",
        LocationPrecision.ServedAreaCentre => "centre-territoires-servis",
        LocationPrecision.CountryCentre => "centre-france",
        _ => "aucune",
    };

    public static async Task WriteAsync(Stream output, IEnumerable<StructureEntry> structures, CatalogueSnapshot catalog, string baseUrl, CancellationToken cancellationToken = default)
    {
        await using var writer = new Utf8JsonWriter(output, Options);
        Write(writer, structures, catalog, baseUrl);
        await writer.FlushAsync(cancellationToken);
    }

    public static string ToJson(IEnumerable<StructureEntry> structures, CatalogueSnapshot catalog, string baseUrl)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, structures, catalog, baseUrl);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, IEnumerable<StructureEntry> structures, CatalogueSnapshot catalog, string baseUrl)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var s in structures)
        {
            if (s.Location.Point is not { } point)
            {
                continue;
            }

            var departementCode = s.DepartementCode ?? s.Location.DepartementCode;
            writer.WriteStartObject();
            writer.WriteString("type", "Feature");
            writer.WriteString("id", s.Id.ToString(CultureInfo.InvariantCulture));
            writer.WriteStartObject("geometry");
            writer.WriteString("type", "Point");
            writer.WriteStartArray("coordinates");
            writer.WriteNumberValue(Math.Round(point.Longitude, 5));
            writer.WriteNumberValue(Math.Round(point.Latitude, 5));
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteStartObject("properties");
            writer.WriteString("nom", s.Name);
            writer.WriteString("url", $"{baseUrl.TrimEnd('/')}/structures/{s.Id}");
            WriteNullable(writer, "commune", s.CommuneName);
            WriteNullable(writer, "codeDepartement", departementCode);
            WriteNullable(writer, "departement", departementCode is null ? null : catalog.Departement(departementCode)?.Name);
            writer.WriteString("precision", Code(s.Location.Precision));
            writer.WriteStartArray("types");
            foreach (var kind in s.Kinds)
            {
                writer.WriteStringValue(kind);
            }

            writer.WriteEndArray();
            writer.WriteNumber("nombreOffres", s.OfferIds.Count);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
