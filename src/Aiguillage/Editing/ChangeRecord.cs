using System.Text.Json;

namespace Aiguillage.Editing;

/// <summary>What happened to a fiche, for its history.</summary>
public enum ChangeAction
{
    DraftSaved,
    Submitted,
    Approved,
    Rejected,
    Published,
    StatusChanged,
    Confirmed,
}

/// <summary>One field's value before and after a change, with its French label.</summary>
public sealed record FieldChange(string Field, string Label, string Before, string After);

/// <summary>
/// One line of a fiche's history: who, when, what (the fields changed, before and after). Kept for every change to a
/// structure or an offer made through Aiguillage, visible to its members and its moderators.
/// </summary>
public sealed class ChangeRecord
{
    private ChangeRecord()
    {
        ActorEmail = ChangesJson = "";
    }

    public ChangeRecord(FicheKind kind, int? targetId, int? structureId, int? proposalId, ChangeAction action, string actorEmail, IReadOnlyList<FieldChange> changes, string? note, DateTime atUtc)
        : this()
    {
        Kind = kind;
        TargetId = targetId;
        StructureId = structureId;
        ProposalId = proposalId;
        Action = action;
        ActorEmail = actorEmail;
        ChangesJson = JsonSerializer.Serialize(changes);
        Note = note;
        AtUtc = atUtc;
    }

    public long Id { get; private set; }

    public FicheKind Kind { get; private set; }

    /// <summary>The structure or offer; null while a new fiche is only proposed.</summary>
    public int? TargetId { get; private set; }

    public int? StructureId { get; private set; }

    public int? ProposalId { get; private set; }

    public ChangeAction Action { get; private set; }

    public string ActorEmail { get; private set; }

    public string ChangesJson { get; private set; }

    public string? Note { get; private set; }

    public DateTime AtUtc { get; private set; }

    public IReadOnlyList<FieldChange> Changes => JsonSerializer.Deserialize<List<FieldChange>>(ChangesJson) ?? [];

    /// <summary>Once the proposal of a new fiche is approved, its earlier lines belong to the fiche created.</summary>
    public void AttachTo(int targetId, int structureId)
    {
        TargetId = targetId;
        StructureId = structureId;
    }
}
