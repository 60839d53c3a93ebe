using Aiguillage.Territories;

namespace Aiguillage.Offers;

/// <summary>The life of an offer; the code branches on it, so it is an enum (stored as text).</summary>
public enum OfferStatus
{
    Draft,
    Published,
    Suspended,
    Archived,
}

/// <summary>A rule of the offer that its details break: the detail at fault (a property of <see cref="OfferDetails"/>) and why, in French.</summary>
public sealed record OfferRuleViolation(string Detail, string Message);

/// <summary>What a structure offers to project holders ("offre", "dispositif").</summary>
public sealed class Offer
{
    /// <summary>The offer type (référentiel code) that financial instruments belong to.</summary>
    public const string FinancialAidType = "aide-financiere";

    private Offer()
    {
        Source = "";
        SourceIdentifier = "";
        Title = "";
        Description = "";
    }

    public Offer(int structureId, string source, string sourceIdentifier, OfferDetails details)
        : this()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceIdentifier);
        StructureId = structureId;
        Source = source;
        SourceIdentifier = sourceIdentifier;
        Apply(details);
    }

    public int Id { get; private set; }

    public int StructureId { get; private set; }

    public Organisations.Structure? Structure { get; private set; }

    public string Source { get; private set; }

    public string SourceIdentifier { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    public List<string> Types { get; private set; } = [];

    public List<string> Instruments { get; private set; } = [];

    public List<string> Stages { get; private set; } = [];

    public List<string> Needs { get; private set; } = [];

    /// <summary>Empty means the offer declares no restriction of public.</summary>
    public List<string> Publics { get; private set; } = [];

    /// <summary>The zones in their text form ("departement:23"), as stored: a list of plain codes queries alike on both databases.</summary>
    public List<string> ZoneKeys { get; private set; } = [];

    public IReadOnlyList<CoverageZone> Zones => ZoneKeys.Select(CoverageZone.Parse).ToList();

    /// <summary>
    /// The offer serves only part of its zones (a « pays », a park, the area of a court), which the conditions describe:
    /// no official territory fits it, so a commune of the zones is perhaps served, not surely (« zone partielle »).
    /// </summary>
    public bool PartialZones { get; private set; }

    /// <summary>A frais code, or null when the source did not say.</summary>
    public string? Cost { get; private set; }

    public string? CostDetails { get; private set; }

    public string? Conditions { get; private set; }

    public string? HowToApply { get; private set; }

    public string? ApplicationUrl { get; private set; }

    public string? ContactEmail { get; private set; }

    public string? ContactPhone { get; private set; }

    public string? Duration { get; private set; }

    public OfferStatus Status { get; private set; }

    /// <summary>When a person last confirmed the offer; null until someone does (never the date of an import).</summary>
    public DateOnly? LastVerifiedOn { get; private set; }

    /// <summary>The date the offer's source gives for its facts; null when the source gives none.</summary>
    public SourceDate? SourceDate { get; private set; }

    /// <summary>The national or regional programme the offer delivers (DLA, Fabrique à initiatives…), by code; null for none.</summary>
    public string? DispositifCode { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    public List<string> SourceUrls { get; private set; } = [];

    public int Version { get; private set; }

    /// <summary>
    /// The rules that tie an offer's details together, for every way details come in (the CSV import now, the back-office
    /// next). A date that could not be read is null and its rule is skipped. They judge incoming details and are not
    /// enforced by <see cref="Apply"/>: an offer found ended at a later verification is a state the catalogue keeps.
    /// </summary>
    public static IReadOnlyList<OfferRuleViolation> CheckRules(
        IReadOnlyCollection<string> types,
        IReadOnlyCollection<string> instruments,
        DateOnly? lastVerifiedOn,
        DateOnly? endsOn,
        bool partialZones = false,
        string? conditions = null)
    {
        var broken = new List<OfferRuleViolation>();
        if (partialZones && string.IsNullOrWhiteSpace(conditions))
        {
            broken.Add(new(nameof(OfferDetails.PartialZones), "une offre qui ne couvre qu'une partie de ses territoires dit laquelle dans ses conditions (un pays, un parc, des communes…)."));
        }

        if (instruments.Count > 0 && !types.Contains(FinancialAidType))
        {
            broken.Add(new(nameof(OfferDetails.Instruments), $"des instruments financiers ne sont permis que pour une offre de type {FinancialAidType}."));
        }

        if (lastVerifiedOn is { } verified && endsOn is { } end && end < verified)
        {
            broken.Add(new(nameof(OfferDetails.EndsOn), "la date de fin précède la date de vérification."));
        }

        return broken;
    }

    public bool Apply(OfferDetails details)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Title);
        if (details.Types.Count == 0)
        {
            throw new ArgumentException("Une offre a au moins un type.", nameof(details));
        }

        if (details.Stages.Count == 0)
        {
            throw new ArgumentException("Une offre accepte au moins une étape.", nameof(details));
        }

        if (details.Zones.Count == 0)
        {
            throw new ArgumentException("Une offre couvre au moins un territoire.", nameof(details));
        }

        if (Id != 0 && details.Equals(Details))
        {
            return false;
        }

        Title = details.Title.Trim();
        Description = details.Description.Trim();
        Types = [.. details.Types];
        Instruments = [.. details.Instruments];
        Stages = [.. details.Stages];
        Needs = [.. details.Needs];
        Publics = [.. details.Publics];
        ZoneKeys = details.Zones.Select(z => z.ToString()).ToList();
        PartialZones = details.PartialZones;
        Cost = details.Cost;
        CostDetails = details.CostDetails;
        Conditions = details.Conditions;
        HowToApply = details.HowToApply;
        ApplicationUrl = details.ApplicationUrl;
        ContactEmail = details.ContactEmail;
        ContactPhone = details.ContactPhone;
        Duration = details.Duration;
        Status = details.Status;
        LastVerifiedOn = details.LastVerifiedOn;
        SourceDate = details.SourceDate;
        DispositifCode = details.DispositifCode;
        EndsOn = details.EndsOn;
        SourceUrls = [.. details.SourceUrls];
        Version++;
        return true;
    }

    public void MoveTo(int structureId)
    {
        if (StructureId != structureId)
        {
            StructureId = structureId;
            Version++;
        }
    }

    /// <summary>A member of the structure confirms, on <paramref name="day"/>, that the offer is as described: what "vérifiée le" means.</summary>
    public void ConfirmVerified(DateOnly day)
    {
        if (LastVerifiedOn != day)
        {
            LastVerifiedOn = day;
            Version++;
        }
    }

    public void Publish() => ChangeStatus(OfferStatus.Published);

    public void Suspend() => ChangeStatus(OfferStatus.Suspended);

    public void Archive() => ChangeStatus(OfferStatus.Archived);

    private void ChangeStatus(OfferStatus status)
    {
        if (Status == OfferStatus.Archived && status != OfferStatus.Archived)
        {
            throw new InvalidOperationException("Une offre archivée ne peut plus changer de statut.");
        }

        if (Status != status)
        {
            Status = status;
            Version++;
        }
    }

    public OfferDetails Details => new(
        Title, Description, Types, Instruments, Stages, Needs, Publics, Zones, Cost, CostDetails, Conditions, HowToApply,
        ApplicationUrl, ContactEmail, ContactPhone, Duration, Status, LastVerifiedOn, EndsOn, SourceUrls, SourceDate, DispositifCode,
        PartialZones);
}

public sealed record OfferDetails(
    string Title,
    string Description,
    IReadOnlyList<string> Types,
    IReadOnlyList<string> Instruments,
    IReadOnlyList<string> Stages,
    IReadOnlyList<string> Needs,
    IReadOnlyList<string> Publics,
    IReadOnlyList<CoverageZone> Zones,
    string? Cost,
    string? CostDetails,
    string? Conditions,
    string? HowToApply,
    string? ApplicationUrl,
    string? ContactEmail,
    string? ContactPhone,
    string? Duration,
    OfferStatus Status,
    DateOnly? LastVerifiedOn,
    DateOnly? EndsOn,
    IReadOnlyList<string> SourceUrls,
    SourceDate? SourceDate = null,
    string? DispositifCode = null,
    bool PartialZones = false)
{
    public bool Equals(OfferDetails? other) =>
        other is not null
        && Title == other.Title
        && Description == other.Description
        && Types.SequenceEqual(other.Types)
        && Instruments.SequenceEqual(other.Instruments)
        && Stages.SequenceEqual(other.Stages)
        && Needs.SequenceEqual(other.Needs)
        && Publics.SequenceEqual(other.Publics)
        && Zones.SequenceEqual(other.Zones)
        && Cost == other.Cost
        && CostDetails == other.CostDetails
        && Conditions == other.Conditions
        && HowToApply == other.HowToApply
        && ApplicationUrl == other.ApplicationUrl
        && ContactEmail == other.ContactEmail
        && ContactPhone == other.ContactPhone
        && Duration == other.Duration
        && Status == other.Status
        && LastVerifiedOn == other.LastVerifiedOn
        && EndsOn == other.EndsOn
        && SourceUrls.SequenceEqual(other.SourceUrls)
        && SourceDate == other.SourceDate
        && DispositifCode == other.DispositifCode
        && PartialZones == other.PartialZones;

    public override int GetHashCode() => HashCode.Combine(Title, Cost, Status, LastVerifiedOn);
}
