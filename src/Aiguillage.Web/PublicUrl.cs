namespace Aiguillage.Web;

/// <summary>
/// The site's public address for absolute links (GeoJSON, permalinks): "Site:PublicUrl" when it is set (production, behind a
/// proxy), else the address the request came to, which the host filter (AllowedHosts) and the forwarded headers of a
/// known proxy have already checked. A Host header alone can never choose the links' host in production.
/// </summary>
internal static class PublicUrl
{
    public const string Setting = Referrals.ReferralOptions.PublicUrlSetting;

    public static string Base(HttpRequest request)
    {
        var configured = request.HttpContext.RequestServices.GetRequiredService<IConfiguration>()[Setting];
        return string.IsNullOrWhiteSpace(configured)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : configured.TrimEnd('/');
    }
}
