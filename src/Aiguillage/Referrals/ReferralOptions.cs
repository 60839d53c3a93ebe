using Microsoft.Extensions.Configuration;

namespace Aiguillage.Referrals;

/// <summary>Settings of the mises en relation (section "Referrals").</summary>
public sealed class ReferralOptions
{
    public const string Section = "Referrals";

    /// <summary>The one setting of the site's public address, for every absolute link: pages, mails, open data.</summary>
    public const string PublicUrlSetting = "Site:PublicUrl";

    /// <summary>
    /// The site's address as people reach it, for the links of the mails and of the open data (no trailing slash): read
    /// from <see cref="PublicUrlSetting"/> by <see cref="Read"/>, http://localhost:5080 on a development machine.
    /// </summary>
    public string PublicBaseUrl { get; private set; } = "http://localhost:5080";

    /// <summary>Whether <see cref="PublicUrlSetting"/> was given; if not, pages link to the address the request came to.</summary>
    public bool PublicUrlConfigured { get; private set; }

    /// <summary>Whether the former second setting of the same address, Referrals:PublicBaseUrl, is still given.</summary>
    private bool _formerSettingGiven;

    /// <summary>One reminder to the structure after this many days without an answer (Dora: 10).</summary>
    public int ReminderAfterDays { get; set; } = 10;

    /// <summary>A request nobody answered expires after this many days (Dora: 30).</summary>
    public int ExpireAfterDays { get; set; } = 30;

    /// <summary>Personal data is blanked this many months after the request last changed (24 by default).</summary>
    public int RetentionMonths { get; set; } = 24;

    /// <summary>
    /// The moderators' addresses by territory ("pays:FR", "region:75", "departement:23"), who receive the requests for
    /// structures without a public address. Until the moderators have accounts, this list is where a platform names them.
    /// </summary>
    public List<ModeratorContact> Moderators { get; set; } = [];

    public TimeSpan ReminderAfter => TimeSpan.FromDays(ReminderAfterDays);

    public TimeSpan ExpireAfter => TimeSpan.FromDays(ExpireAfterDays);

    public DateTime RetentionCutoff(DateTime nowUtc) => nowUtc.AddMonths(-RetentionMonths);

    /// <summary>The section "Referrals" and the site's public address, as the web site and the command line read them.</summary>
    public static ReferralOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<ReferralOptions>() ?? new ReferralOptions();
        options._formerSettingGiven = configuration[$"{Section}:PublicBaseUrl"] is not null;
        return configuration[PublicUrlSetting] is { Length: > 0 } url ? options.WithPublicUrl(url) : options;
    }

    /// <summary>These settings with another public address (a trailing slash is dropped).</summary>
    public ReferralOptions WithPublicUrl(string url)
    {
        PublicBaseUrl = url.Trim().TrimEnd('/');
        PublicUrlConfigured = true;
        return this;
    }

    /// <summary>What is wrong with these settings, in French; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            problems.Add($"{PublicUrlSetting} doit être une adresse http(s) absolue (reçu « {PublicBaseUrl} »).");
        }

        if (_formerSettingGiven)
        {
            problems.Add($"Referrals:PublicBaseUrl n'existe plus : l'adresse publique du site se donne une seule fois, par {PublicUrlSetting} (variable Site__PublicUrl).");
        }

        if (ReminderAfterDays < 1 || ExpireAfterDays <= ReminderAfterDays)
        {
            problems.Add("Referrals:ReminderAfterDays doit valoir au moins 1 et Referrals:ExpireAfterDays doit être plus grand.");
        }

        if (RetentionMonths < 1)
        {
            problems.Add("Referrals:RetentionMonths doit valoir au moins 1.");
        }

        foreach (var m in Moderators)
        {
            if (!Territories.CoverageZone.TryParse(m.Territory, out var zone) || zone.Level is not (Territories.TerritoryLevel.Pays or Territories.TerritoryLevel.Region or Territories.TerritoryLevel.Departement))
            {
                problems.Add($"Referrals:Moderators : « {m.Territory} » n'est pas un territoire de la forme pays:FR, region:CODE ou departement:CODE.");
            }

            if (!Mail.EmailAddresses.IsValid(m.Email ?? ""))
            {
                problems.Add($"Referrals:Moderators : « {m.Email} » n'est pas une adresse électronique valide.");
            }
        }

        return problems;
    }
}

/// <summary>A moderator's address and the territory they answer for.</summary>
public sealed class ModeratorContact
{
    public string Territory { get; set; } = "";

    public string Email { get; set; } = "";
}
