namespace Aiguillage.Referrals;

/// <summary>Settings of the mises en relation (section "Referrals").</summary>
public sealed class ReferralOptions
{
    public const string Section = "Referrals";

    /// <summary>The site's address as people reach it, for the links in the mails (no trailing slash).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

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

    /// <summary>What is wrong with these settings, in French; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || PublicBaseUrl.EndsWith('/'))
        {
            problems.Add($"Referrals:PublicBaseUrl doit être une adresse http(s) absolue sans « / » final (reçu « {PublicBaseUrl} »).");
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
