using System.Text.Json;

namespace Aiguillage.Editing;

/// <summary>What a fiche is about: a structure or one of its offers.</summary>
public enum FicheKind
{
    Structure,
    Offer,

    /// <summary>A chain of support (parcours): only its history is kept here.</summary>
    Chain,
}

/// <summary>
/// The life of a proposed change: brouillon (kept by its author), à modérer (sent to the territory's moderators), publiée
/// (approved and applied to the catalogue) or refusée (with the moderator's reason).
/// </summary>
public enum ProposalStatus
{
    Draft,
    Submitted,
    Approved,
    Rejected,
}

/// <summary>
/// A member's change to a fiche, or a new fiche, waiting for the territory's moderators; the published fiche is untouched
/// until they approve it. The fields are the CSV format's named cells (OfferCsv.FieldsOf), so the same reader validates an
/// import, a form and an approval. The fields the change started from are kept, so an approval merges it into what was
/// published meanwhile and stops only when both changed the same field differently.
/// </summary>
public sealed class ChangeProposal
{
    private ChangeProposal()
    {
        FieldsJson = BaseFieldsJson = AuthorAccountId = AuthorEmail = "";
    }

    public ChangeProposal(FicheKind kind, int? targetId, int? structureId, IReadOnlyDictionary<string, string> baseFields, string authorAccountId, string authorEmail, bool authorIsMember, DateTime nowUtc)
        : this()
    {
        Kind = kind;
        TargetId = targetId;
        StructureId = structureId;
        BaseFieldsJson = JsonSerializer.Serialize(baseFields);
        FieldsJson = BaseFieldsJson;
        AuthorAccountId = authorAccountId;
        AuthorEmail = authorEmail;
        AuthorIsMember = authorIsMember;
        CreatedAtUtc = UpdatedAtUtc = nowUtc;
        Status = ProposalStatus.Draft;
    }

    public int Id { get; private set; }

    public FicheKind Kind { get; private set; }

    /// <summary>The structure or offer changed; null for a new one.</summary>
    public int? TargetId { get; private set; }

    /// <summary>The structure concerned (the offer's structure); null for a new structure.</summary>
    public int? StructureId { get; private set; }

    public string FieldsJson { get; private set; }

    public string BaseFieldsJson { get; private set; }

    public ProposalStatus Status { get; private set; }

    public string AuthorAccountId { get; private set; }

    public string AuthorEmail { get; private set; }

    /// <summary>Whether the author belonged to the structure: their change is then also their confirmation ("vérifiée le").</summary>
    public bool AuthorIsMember { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    public string? DecidedByEmail { get; private set; }

    public string? DecisionNote { get; private set; }

    /// <summary>Incremented on every change; a form carries it, so two people editing the same proposal do not overwrite each other.</summary>
    public int Version { get; private set; }

    public bool IsOpen => Status is ProposalStatus.Draft or ProposalStatus.Submitted;

    public IReadOnlyDictionary<string, string> Fields => Read(FieldsJson);

    public IReadOnlyDictionary<string, string> BaseFields => Read(BaseFieldsJson);

    public void Update(IReadOnlyDictionary<string, string> fields, bool submit, DateTime nowUtc)
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("Une proposition publiée ou refusée ne change plus.");
        }

        FieldsJson = JsonSerializer.Serialize(fields);
        UpdatedAtUtc = nowUtc;
        if (submit)
        {
            Status = ProposalStatus.Submitted;
            SubmittedAtUtc = nowUtc;
        }
        else
        {
            Status = ProposalStatus.Draft;
        }

        Version++;
    }

    /// <summary>Approved: with the new fiche's id when the proposal created one.</summary>
    public void Approve(string moderatorEmail, int? createdId, DateTime nowUtc) => Decide(ProposalStatus.Approved, moderatorEmail, null, createdId, nowUtc);

    public void Reject(string moderatorEmail, string note, DateTime nowUtc) => Decide(ProposalStatus.Rejected, moderatorEmail, note, null, nowUtc);

    private void Decide(ProposalStatus status, string moderatorEmail, string? note, int? createdId, DateTime nowUtc)
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("Cette proposition a déjà été traitée.");
        }

        Status = status;
        DecidedByEmail = moderatorEmail;
        DecidedAtUtc = nowUtc;
        DecisionNote = note;
        if (createdId is not null)
        {
            TargetId = createdId;
            StructureId ??= Kind == FicheKind.Structure ? createdId : StructureId;
        }

        Version++;
    }

    private static Dictionary<string, string> Read(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}
