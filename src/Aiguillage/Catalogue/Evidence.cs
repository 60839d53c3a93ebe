using System.Globalization;
using Aiguillage.Offers;

namespace Aiguillage.Catalogue;

/// <summary>How far what we show about an offer can be trusted today.</summary>
public enum EvidenceState
{
    /// <summary>A person confirmed it less than <see cref="Evidence.FreshMonths"/> months ago.</summary>
    Verified,

    /// <summary>Nobody confirmed it, but its source is less than <see cref="Evidence.FreshMonths"/> months old.</summary>
    RecentSource,

    /// <summary>Its newest evidence is older, or its source gives no date: to confirm with the structure.</summary>
    ToConfirm,
}

/// <summary>
/// The freshness rule, written once: what an offer's evidence is worth today, what it weighs in the ranking and how it is
/// said. A person's verification and the source's own date are kept apart; neither is ever the build date.
/// </summary>
public static class Evidence
{
    public const int FreshMonths = 24;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The day of the newest evidence (verification or source); null when there is none.</summary>
    public static DateOnly? Newest(DateOnly? verifiedOn, SourceDate? source) =>
        (verifiedOn, source?.Earliest) switch
        {
            ({ } v, { } s) => v > s ? v : s,
            ({ } v, null) => v,
            (null, { } s) => s,
            _ => null,
        };

    public static EvidenceState State(DateOnly? verifiedOn, SourceDate? source, DateOnly today) =>
        verifiedOn is { } v && v.AddMonths(FreshMonths) >= today ? EvidenceState.Verified
        : source is { } s && s.Earliest.AddMonths(FreshMonths) >= today ? EvidenceState.RecentSource
        : EvidenceState.ToConfirm;

    /// <summary>
    /// The share of the freshness weight: 1 for evidence less than a year old, down to 0 at five years; 0 when undated.
    /// Evidence older than two years or undated therefore weighs less, as it is shown "à confirmer".
    /// </summary>
    public static double Weight(int? newestDay, DateOnly today)
    {
        if (newestDay is not { } day)
        {
            return 0;
        }

        var years = (today.DayNumber - day) / 365.25;
        return years <= 1 ? 1 : years >= 5 ? 0 : (5 - years) / 4;
    }

    /// <summary>What a page says of the evidence: « Vérifiée le … », « Source : juin 2025, non revérifiée », « Source de 2014 : à confirmer »…</summary>
    public static string Sentence(DateOnly? verifiedOn, SourceDate? source, DateOnly today) => State(verifiedOn, source, today) switch
    {
        EvidenceState.Verified => $"Informations vérifiées le {verifiedOn!.Value.ToString("d MMMM yyyy", French)}",
        EvidenceState.RecentSource => $"Source : {source!.Value.Label}, non revérifiée",
        _ when verifiedOn is { } v => $"Informations vérifiées en {v.Year.ToString(French)} : à confirmer auprès de la structure",
        _ when source is { } s => $"Source {(s.Day is null ? "de" : "du")} {s.Label}, non revérifiée : à confirmer auprès de la structure",
        _ => "Source non datée : à confirmer auprès de la structure",
    };
}
