namespace Aiguillage.Accounts;

public enum MembershipRequestStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>
/// An account asks to act for a structure ("rejoindre", "revendiquer la fiche"): approved by a member of the structure, or,
/// while it has none, by the moderators of its territory or an administrator.
/// </summary>
public sealed class MembershipRequest
{
    private MembershipRequest()
    {
        AccountId = AccountEmail = Message = "";
    }

    public MembershipRequest(string accountId, string accountEmail, int structureId, string message, DateTime nowUtc)
    {
        AccountId = accountId;
        AccountEmail = accountEmail;
        StructureId = structureId;
        Message = message;
        CreatedAtUtc = nowUtc;
        Status = MembershipRequestStatus.Pending;
    }

    public int Id { get; private set; }

    public string AccountId { get; private set; }

    public string AccountEmail { get; private set; }

    public int StructureId { get; private set; }

    /// <summary>Who the person is in the structure, in their words, for the people who decide.</summary>
    public string Message { get; private set; }

    public MembershipRequestStatus Status { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    public string? DecidedByEmail { get; private set; }

    public void Decide(bool approve, string deciderEmail, DateTime nowUtc)
    {
        if (Status != MembershipRequestStatus.Pending)
        {
            throw new InvalidOperationException("Cette demande a déjà été traitée.");
        }

        Status = approve ? MembershipRequestStatus.Approved : MembershipRequestStatus.Rejected;
        DecidedByEmail = deciderEmail;
        DecidedAtUtc = nowUtc;
    }
}
