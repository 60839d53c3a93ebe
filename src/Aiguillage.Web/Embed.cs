using System.Globalization;
using System.Text.RegularExpressions;
using Aiguillage.Catalogue;
using Aiguillage.Territories;

namespace Aiguillage.Web;

/// <summary>
/// The orientation embedded in a partner's site (ADR 019): the questionnaire and its results under /integrer/orientation,
/// framable only there and only by the origins of Embed:AllowedOrigins, with the partner's territory and accent colour.
/// </summary>
public static partial class Embed
{
    public const string Section = "Embed";

    /// <summary>The only addresses another site may frame.</summary>
    public static bool IsFramable(PathString path) => path.StartsWithSegments("/integrer/orientation");

    /// <summary>
    /// The frame-ancestors sources of the embed routes from Embed:AllowedOrigins: the site itself always (the preview of
    /// /integrer), plus each listed origin; « * » lets any site frame them. Empty: only the site itself. An entry that is
    /// not an origin (scheme://host[:port], nothing after) stops the start with a French message.
    /// </summary>
    public static string FrameAncestors(IConfiguration configuration)
    {
        var origins = configuration.GetSection($"{Section}:AllowedOrigins").Get<string[]>() ?? [];
        var sources = new List<string> { "'self'" };
        foreach (var origin in origins.Select(o => o.Trim()).Where(o => o.Length > 0))
        {
            if (origin == "*")
            {
                return "*";
            }

            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
                || uri.PathAndQuery != "/" || origin.TrimEnd('/').Length != uri.GetLeftPart(UriPartial.Authority).Length
                || origin.AsSpan().IndexOfAny("; '\"") >= 0)
            {
                throw new InvalidOperationException(
                    $"{Section}:AllowedOrigins : « {origin} » n'est pas une origine ; attendu : https://hote[:port] sans chemin (par exemple https://www.cress-bretagne.org), ou * pour tout site.");
            }

            sources.Add(uri.GetLeftPart(UriPartial.Authority));
        }

        return string.Join(' ', sources.Distinct(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The partner's accent as a stylesheet: the one colour, a darker shade for hovers and links, a light wash.</summary>
    public static void MapEmbedTheme(this IEndpointRouteBuilder app) =>
        app.MapGet("/integrer/theme.css", (string? couleur, HttpResponse response) =>
        {
            if (EmbedSettings.Accent(couleur) is not { } accent)
            {
                return Results.NotFound();
            }

            response.Headers.CacheControl = "public, max-age=86400";
            var (r, g, b) = Rgb(accent);
            var css = $$"""
                /* Couleur d'accent du partenaire (Aiguillage, /integrer) */
                :root {
                  --accent: #{{accent}};
                  --accent-dark: {{Hex(r * 0.75, g * 0.75, b * 0.75)}};
                  --accent-wash: {{Hex(255 - ((255 - r) * 0.12), 255 - ((255 - g) * 0.12), 255 - ((255 - b) * 0.12))}};
                }
                """;
            return Results.Text(css, "text/css; charset=utf-8");
        }).ExcludeFromDescription();

    /// <summary>WCAG 2 contrast ratio of a colour with white: white text on the accent's buttons needs 4.5:1.</summary>
    public static double ContrastWithWhite(string hex)
    {
        var (r, g, b) = Rgb(hex);
        static double Linear(double channel)
        {
            var c = channel / 255;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        var luminance = (0.2126 * Linear(r)) + (0.7152 * Linear(g)) + (0.0722 * Linear(b));
        return 1.05 / (luminance + 0.05);
    }

    private static (double R, double G, double B) Rgb(string hex) => (
        int.Parse(hex.AsSpan(0, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(4, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    private static string Hex(double r, double g, double b) =>
        string.Create(CultureInfo.InvariantCulture, $"#{(int)Math.Round(r):x2}{(int)Math.Round(g):x2}{(int)Math.Round(b):x2}");

    [GeneratedRegex("^#?(?<hex>[0-9a-fA-F]{6})$")]
    internal static partial Regex HexColour();
}

/// <summary>
/// What a partner's snippet asks for, read from the address of every embedded page: « territoire » (region:75 or
/// departement:23: only communes there are offered) and « couleur » (six hexadecimal digits, dark enough for white text).
/// A value that cannot be used is left out rather than refused, so that the questionnaire always works.
/// </summary>
public sealed record EmbedSettings(TerritoryEntry? Territory, string? AccentColour)
{
    public const double MinimumContrast = 4.5;

    public static EmbedSettings From(IQueryCollection query, CatalogueSnapshot catalogue) =>
        new(ReadTerritory(query["territoire"].FirstOrDefault(), catalogue), Accent(query["couleur"].FirstOrDefault()));

    /// <summary>region:75 or departement:23 of the catalogue (the zones' own text form); null for anything else.</summary>
    public static TerritoryEntry? ReadTerritory(string? value, CatalogueSnapshot catalogue) =>
        !CoverageZone.TryParse(value?.Trim(), out var zone) ? null : zone.Level switch
        {
            TerritoryLevel.Region => catalogue.Region(zone.Code),
            TerritoryLevel.Departement => catalogue.Departement(zone.Code),
            _ => null,
        };

    /// <summary>« 1f6feb » from « 1f6feb » or « #1f6feb », when white text on it reads at 4.5:1; null otherwise.</summary>
    public static string? Accent(string? value)
    {
        var match = Embed.HexColour().Match((value ?? "").Trim());
        if (!match.Success)
        {
            return null;
        }

        var hex = match.Groups["hex"].Value.ToLowerInvariant();
        return Embed.ContrastWithWhite(hex) >= MinimumContrast ? hex : null;
    }

    public string? TerritoryCode => Territory is null ? null : $"{Territory.Level.ToCode()}:{Territory.Code}";

    /// <summary>The query parameters that carry the settings from one embedded page to the next.</summary>
    public (string Key, string? Value)[] Query => [("territoire", TerritoryCode), ("couleur", AccentColour)];

    /// <summary>Whether the partner's territory contains the commune: the rule of the coverage zones (CoverageZone.Contains).</summary>
    public bool Contains(CommuneEntry commune) =>
        Territory is null || new CoverageZone(Territory.Level, Territory.Code).Contains(commune.Location);
}
