using Aiguillage.Data;
using Aiguillage.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Accounts;

public enum ClaimResult
{
    Claimed,
    NotAllowed,
    Invalid,
}

/// <summary>A structure that the holder of a request's answer link may claim.</summary>
public sealed record ClaimableStructure(int Id, string Name);

/// <summary>
/// Claiming a fiche from a request: the answer link of a request sent to a structure's public address proves access to that
/// mailbox, so, while the structure has no member on Aiguillage, it lets the person become its first member. The account is
/// made (or found) by ManageAccounts.GrantAsync, which mails a link to choose a password to the address given.
/// </summary>
public sealed class ClaimStructure(AppDbContext db, ManageAccounts accounts)
{
    /// <summary>The structure the link lets its holder claim; null when it cannot be claimed this way.</summary>
    public async Task<ClaimableStructure?> FindAsync(string? recipientToken, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(recipientToken))
        {
            return null;
        }

        var referral = await db.Referrals.AsNoTracking()
            .Where(r => r.RecipientToken == recipientToken && r.RecipientKind == ReferralRecipientKind.PublicEmail)
            .Select(r => new { r.StructureId }).SingleOrDefaultAsync(cancellationToken);
        if (referral is null || await db.StructureMemberships.AnyAsync(m => m.StructureId == referral.StructureId, cancellationToken))
        {
            return null;
        }

        var name = await db.Structures.AsNoTracking().Where(s => s.Id == referral.StructureId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);
        return name is null ? null : new ClaimableStructure(referral.StructureId, name);
    }

    public async Task<(ClaimResult Result, IReadOnlyList<string> Errors)> HandleAsync(string? recipientToken, string email, CancellationToken cancellationToken)
    {
        if (await FindAsync(recipientToken, cancellationToken) is not { } structure)
        {
            return (ClaimResult.NotAllowed, []);
        }

        var grant = await accounts.GrantAsync(new AccountGrant(email, Roles.Member, StructureId: structure.Id), cancellationToken);
        return grant.Errors.Count > 0 ? (ClaimResult.Invalid, grant.Errors) : (ClaimResult.Claimed, []);
    }
}
