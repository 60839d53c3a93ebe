namespace Aiguillage.Web;

/// <summary>
/// The map's tile layer. An empty TileUrl draws the points on a plain background (development, tests, no network);
/// the CSP lets images come from the tile server's origin only.
/// </summary>
public sealed class MapOptions
{
    public const string Section = "Map";

    public string TileUrl { get; set; } = "";

    public string TileAttribution { get; set; } = "";

    public bool HasTiles => TileOrigin is not null;

    /// <summary>The scheme and host of the tile URL for img-src ("https://*.tile.example.org" for a {s} subdomain), or null.</summary>
    public string? TileOrigin
    {
        get
        {
            if (string.IsNullOrWhiteSpace(TileUrl))
            {
                return null;
            }

            var wildcard = TileUrl.Contains("{s}.", StringComparison.Ordinal);
            var sample = TileUrl.Replace("{s}.", "a.", StringComparison.Ordinal);
            if (!Uri.TryCreate(sample, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            {
                return null;
            }

            var host = wildcard ? "*." + uri.Host[2..] : uri.Host;
            return uri.IsDefaultPort ? $"{uri.Scheme}://{host}" : $"{uri.Scheme}://{host}:{uri.Port}";
        }
    }
}
