namespace Aiguillage.Offers;

/// <summary>
/// Which pages may be cited as the source of a fact: a public page on a site that states it, not a copy on a document
/// scraper or content farm. The list of refused domains is one file (Offers/content-farms.txt), read by the CSV import
/// and by the seed builder (tools/seed/build_seed.py).
/// </summary>
public static class SourceRules
{
    private static readonly Lazy<IReadOnlyList<string>> Farms = new(ReadFarms);

    /// <summary>The refused domains ("docplayer.fr", "studylibfr.com"…): a host that is one of them, or under one, is refused.</summary>
    public static IReadOnlyList<string> ContentFarms => Farms.Value;

    /// <summary>True when the address is on a content farm or document scraper (the same test as the seed builder's).</summary>
    public static bool IsContentFarm(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        var host = uri.Host.ToLowerInvariant().TrimEnd('.');
        return ContentFarms.Any(farm => host == farm || host.EndsWith("." + farm, StringComparison.Ordinal));
    }

    private static List<string> ReadFarms()
    {
        using var stream = typeof(SourceRules).Assembly.GetManifestResourceStream("Aiguillage.Offers.content-farms.txt")
            ?? throw new InvalidOperationException("La liste des fermes de contenus manque à la bibliothèque.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n')
            .Select(l => l.Split('#')[0].Trim().ToLowerInvariant())
            .Where(l => l.Length > 0)
            .ToList();
    }
}
