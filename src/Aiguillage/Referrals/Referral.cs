namespace Aiguillage.Referrals;

/// <summary>Where a mise en relation stands. Stored by name.</summary>
public enum ReferralStatus
{
    /// <summary>Ouverte: sent, waiting for the structure's answer.</summary>
    Open,

    /// <summary>Prise en charge: the structure will contact the project holder.</summary>
    Accepted,

    /// <summary>Réorientée: handed to another structure, which has not answered yet.</summary>
    Redirected,

    /// <summary>Refusée: the structure declined, with a reason.</summary>
    Declined,

    /// <summary>Clôturée: the holder withdrew it, or the structure closed it after taking it on.</summary>
    Closed,

    /// <summary>Expirée: nobody answered within the expiry period.</summary>
    Expired,
}

/// <summary>
/// A "mise en relation": a project holder asks a structure, about one of its offers, to contact them. The holder needs no
/// account: a private link (a 256-bit random token) shows the status and lets them withdraw. The structure answers through
/// its own link (a second token, renewed whenever the request moves on to another structure). Tokens are kept as they are,
/// since every status mail carries the link again (ADR 011).
/// Personal data (name, e-mail, phone, message) is blanked when the retention period ends.
/// </summary>
public sealed class Referral
{
    private Referral()
    {
        HolderToken = RecipientToken = HolderName = HolderEmail = Message = ConsentText = RecipientAddress = RecipientLabel = "";
        Needs = [];
    }

    public Referral(ReferralDraft draft, string holderToken, string recipientToken, ReferralRecipient recipient, DateTime nowUtc)
    {
        HolderToken = holderToken;
        RecipientToken = recipientToken;
        OfferId = draft.OfferId;
        StructureId = draft.StructureId;
        HolderName = draft.Name;
        HolderEmail = draft.Email;
        HolderPhone = draft.Phone;
        Message = draft.Message;
        CommuneCode = draft.CommuneCode;
        Stage = draft.Stage;
        Needs = [.. draft.Needs];
        Public = draft.Public;
        ConsentText = draft.ConsentText;
        Status = ReferralStatus.Open;
        CreatedAtUtc = HandedAtUtc = UpdatedAtUtc = nowUtc;
        RecipientKind = recipient.Kind;
        RecipientAddress = recipient.Address;
        RecipientLabel = recipient.Label;
    }

    public int Id { get; private set; }

    public string HolderToken { get; private set; }

    public string RecipientToken { get; private set; }

    /// <summary>The offer the request is about now (it changes when the request is redirected).</summary>
    public int OfferId { get; private set; }

    /// <summary>The structure that handles the request now.</summary>
    public int StructureId { get; private set; }

    public ReferralStatus Status { get; private set; }

    public string HolderName { get; private set; }

    public string HolderEmail { get; private set; }

    public string? HolderPhone { get; private set; }

    /// <summary>The project in the holder's words.</summary>
    public string Message { get; private set; }

    /// <summary>The orientation profile the holder chose to attach (each part optional).</summary>
    public string? CommuneCode { get; private set; }

    public string? Stage { get; private set; }

    public List<string> Needs { get; private set; }

    public string? Public { get; private set; }

    /// <summary>The consent sentence exactly as the holder accepted it.</summary>
    public string ConsentText { get; private set; }

    /// <summary>Who receives it for the current structure: its public address, or the moderators of its territory.</summary>
    public ReferralRecipientKind RecipientKind { get; private set; }

    public string RecipientAddress { get; private set; }

    /// <summary>The recipient as the holder was told before sending ("l'adresse publique de …").</summary>
    public string RecipientLabel { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When the current structure received it: reminders and expiry count from here.</summary>
    public DateTime HandedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>The first answer of any structure (taken on, declined or redirected): the response time counts to here.</summary>
    public DateTime? FirstAnswerAtUtc { get; private set; }

    public DateTime? ReminderSentAtUtc { get; private set; }

    public DateTime? AnonymisedAtUtc { get; private set; }

    /// <summary>Concurrency token: two answers to the same request never both win.</summary>
    public int Version { get; private set; }

    public List<ReferralEvent> Events { get; private set; } = [];

    internal void Answered(DateTime nowUtc)
    {
        FirstAnswerAtUtc ??= nowUtc;
        Touch(nowUtc);
    }

    internal void SetStatus(ReferralStatus status, DateTime nowUtc)
    {
        Status = status;
        Touch(nowUtc);
    }

    internal void HandTo(int offerId, int structureId, ReferralRecipient recipient, string recipientToken, DateTime nowUtc)
    {
        OfferId = offerId;
        StructureId = structureId;
        RecipientKind = recipient.Kind;
        RecipientAddress = recipient.Address;
        RecipientLabel = recipient.Label;
        RecipientToken = recipientToken;
        HandedAtUtc = nowUtc;
        ReminderSentAtUtc = null;
        Status = ReferralStatus.Redirected;
        Touch(nowUtc);
    }

    internal void Reminded(DateTime nowUtc) => ReminderSentAtUtc = nowUtc;

    internal void Anonymise(DateTime nowUtc)
    {
        HolderName = "";
        HolderEmail = "";
        HolderPhone = null;
        Message = "";
        RecipientAddress = "";
        AnonymisedAtUtc = nowUtc;
        foreach (var e in Events)
        {
            e.Anonymise();
        }
    }

    private void Touch(DateTime nowUtc)
    {
        UpdatedAtUtc = nowUtc;
        Version++;
    }
}

/// <summary>What the holder sends, once validated.</summary>
public sealed record ReferralDraft(
    int OfferId,
    int StructureId,
    string Name,
    string Email,
    string? Phone,
    string Message,
    string? CommuneCode,
    string? Stage,
    IReadOnlyList<string> Needs,
    string? Public,
    string ConsentText);
