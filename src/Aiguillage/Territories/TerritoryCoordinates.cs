using System.Globalization;
using Aiguillage.Imports;

namespace Aiguillage.Territories;

/// <summary>A WGS 84 point.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    public bool IsValid => Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180;
}

/// <summary>
/// Points of communes (and of their déléguées and arrondissements) and centres of départements, read from the reference
/// files embedded in the library (Territories/Data, sources in its README). Approximate: a commune's point, not an address.
/// </summary>
public sealed class TerritoryCoordinates(
    IReadOnlyDictionary<string, GeoPoint> communes,
    IReadOnlyDictionary<string, GeoPoint> communeParts,
    IReadOnlyDictionary<string, GeoPoint> departements,
    IReadOnlyDictionary<string, double>? surfaces = null)
{
    private static readonly Lazy<TerritoryCoordinates> EmbeddedFiles = new(LoadEmbedded);

    /// <summary>The reference files shipped with the library.</summary>
    public static TerritoryCoordinates Embedded => EmbeddedFiles.Value;

    public static TerritoryCoordinates None { get; } = new(
        new Dictionary<string, GeoPoint>(), new Dictionary<string, GeoPoint>(), new Dictionary<string, GeoPoint>());

    /// <summary>Current communes (type COM).</summary>
    public IReadOnlyDictionary<string, GeoPoint> Communes { get; } = communes;

    /// <summary>Communes déléguées and municipal arrondissements (COMD, ARM): used only where their commune has no point.</summary>
    public IReadOnlyDictionary<string, GeoPoint> CommuneParts { get; } = communeParts;

    public IReadOnlyDictionary<string, GeoPoint> Departements { get; } = departements;

    /// <summary>Area of current communes in km² (INSEE, same file as the points); absent for the DROM, where the file gives none.</summary>
    public IReadOnlyDictionary<string, double> Surfaces { get; } = surfaces ?? new Dictionary<string, double>();

    public static TerritoryCoordinates Parse(TextReader communesCsv, TextReader departementsCsv)
    {
        var communes = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
        var parts = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
        var surfaces = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in CsvReader.Read(communesCsv).Skip(1))
        {
            if (row.Fields.Count >= 4 && Point(row.Fields[2], row.Fields[3]) is { } point)
            {
                (row.Fields[1] == "COM" ? communes : parts)[row.Fields[0]] = point;
            }

            if (row.Fields.Count >= 5 && row.Fields[1] == "COM"
                && double.TryParse(row.Fields[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var km2) && km2 > 0)
            {
                surfaces[row.Fields[0]] = km2;
            }
        }

        var departements = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
        foreach (var row in CsvReader.Read(departementsCsv).Skip(1))
        {
            if (row.Fields.Count >= 3 && Point(row.Fields[1], row.Fields[2]) is { } point)
            {
                departements[row.Fields[0]] = point;
            }
        }

        return new TerritoryCoordinates(communes, parts, departements, surfaces);
    }

    private static GeoPoint? Point(string latitude, string longitude) =>
        double.TryParse(latitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
        && double.TryParse(longitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
        && new GeoPoint(lat, lon) is { IsValid: true } point
            ? point
            : null;

    private static TerritoryCoordinates LoadEmbedded()
    {
        using var communes = Open("communes-coordonnees.csv");
        using var departements = Open("departements-centres.csv");
        return Parse(communes, departements);
    }

    private static StreamReader Open(string name) =>
        new(typeof(TerritoryCoordinates).Assembly.GetManifestResourceStream($"Aiguillage.Territories.{name}")
            ?? throw new InvalidOperationException($"La ressource {name} manque à la bibliothèque."));
}
