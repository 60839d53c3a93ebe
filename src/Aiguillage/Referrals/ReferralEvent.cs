namespace Aiguillage.Referrals;

public enum ReferralEventKind
{
    Sent,
    Accepted,
    Declined,
    Redirected,
    Closed,
    Withdrawn,
    Reminded,
    Expired,
}

/// <summary>
/// One step of a mise en relation's history, kept so everyone sees the chain: who received it, who took it on, declined
/// it (and why) or handed it to whom. The note is written by the structure for the holder and the next structure.
/// </summary>
public sealed class ReferralEvent
{
    private ReferralEvent()
    {
    }

    public ReferralEvent(ReferralEventKind kind, DateTime atUtc, int structureId, int offerId, int? targetStructureId = null, int? targetOfferId = null, string? reasonCode = null, string? note = null)
    {
        Kind = kind;
        AtUtc = atUtc;
        StructureId = structureId;
        OfferId = offerId;
        TargetStructureId = targetStructureId;
        TargetOfferId = targetOfferId;
        ReasonCode = reasonCode;
        Note = note;
    }

    public long Id { get; private set; }

    public int ReferralId { get; private set; }

    public ReferralEventKind Kind { get; private set; }

    public DateTime AtUtc { get; private set; }

    /// <summary>The structure that held the request when this happened.</summary>
    public int StructureId { get; private set; }

    public int OfferId { get; private set; }

    public int? TargetStructureId { get; private set; }

    public int? TargetOfferId { get; private set; }

    /// <summary>A code of the référentiel "motif de refus" (TaxonomyKind.DeclineReason).</summary>
    public string? ReasonCode { get; private set; }

    public string? Note { get; private set; }

    internal void Anonymise() => Note = null;
}
