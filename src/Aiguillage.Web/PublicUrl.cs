namespace Aiguillage.Web;

/// <summary>
/// The site's public address for absolute links (GeoJSON, permalinks): "Site:PublicUrl" when it is set (production, behind a
/// proxy), else the address the request came to, which the host filter (AllowedHosts) and the forwarded headers of a
/// known proxy have already checked. A Host header alone can never choose the links' host in production.
/// </summary>
internal static class PublicUrl
{
    public static string Base(HttpRequest request)
    {
        // The setting is read once, at start, by ReferralOptions.Read: the mails and the pages follow the same value.
        var site = request.HttpContext.RequestServices.GetRequiredService<Referrals.ReferralOptions>();
        return site.PublicUrlConfigured ? site.PublicBaseUrl : $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
