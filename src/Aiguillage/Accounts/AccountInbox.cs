using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Accounts;

/// <summary>One request as listed in a member's or moderator's space.</summary>
public sealed record InboxItem(int Id, string StatusLabel, string StructureName, string OfferTitle, DateTime CreatedAtUtc, DateTime HandedAtUtc, bool AwaitsAnswer, string RecipientToken);

/// <summary>
/// The requests an account may see, written once: an administrator sees all; a moderator those of the structures of
/// their territories and those addressed to them; a member those of their structures. Everyone else sees none.
/// </summary>
public sealed class AccountInbox(AppDbContext db, AccountScopes scopes, CatalogueProvider catalogue)
{
    public async Task<IReadOnlyList<InboxItem>> ListAsync(string accountId, CancellationToken cancellationToken)
    {
        var visible = await VisibleAsync(accountId, cancellationToken);
        if (visible is null)
        {
            return [];
        }

        return await ItemsAsync(visible.OrderByDescending(r => r.HandedAtUtc).Take(500), cancellationToken);
    }

    /// <summary>The dashboard of each structure the account's requests involve (received, open, answered, redirections, median response time).</summary>
    public async Task<IReadOnlyList<(string StructureName, StructureReferralStats Stats)>> DashboardAsync(string accountId, CancellationToken cancellationToken)
    {
        var visible = await VisibleAsync(accountId, cancellationToken);
        if (visible is null)
        {
            return [];
        }

        var snapshot = await catalogue.GetAsync(cancellationToken);
        var referrals = await visible.AsNoTracking().Include(r => r.Events).ToListAsync(cancellationToken);
        var structures = referrals.SelectMany(r => r.Events.SelectMany(e => new[] { e.StructureId, e.TargetStructureId ?? e.StructureId })).Distinct();
        return structures
            .Select(id => (snapshot.Structure(id)?.Name ?? $"structure n° {id}", ReferralStatistics.For(id, referrals)))
            .Where(x => x.Item2.Received > 0)
            .OrderBy(x => x.Item1, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true))
            .ToList();
    }

    /// <summary>The request with this number if the account may see it; null otherwise (the page answers 404, never 403, so numbers reveal nothing).</summary>
    public async Task<InboxItem?> FindAsync(string accountId, int referralId, CancellationToken cancellationToken) =>
        await VisibleAsync(accountId, cancellationToken) is { } visible
            ? (await ItemsAsync(visible.Where(r => r.Id == referralId), cancellationToken)).SingleOrDefault()
            : null;

    private async Task<List<InboxItem>> ItemsAsync(IQueryable<Referral> referrals, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        return (await referrals.AsNoTracking().ToListAsync(cancellationToken)).Select(r => new InboxItem(
            r.Id, ReferralRules.Label(r.Status), snapshot.Structure(r.StructureId)?.Name ?? $"structure n° {r.StructureId}",
            snapshot.Offer(r.OfferId)?.Title ?? $"offre n° {r.OfferId}", r.CreatedAtUtc, r.HandedAtUtc, ReferralRules.AwaitsAnswer(r.Status), r.RecipientToken)).ToList();
    }

    private async Task<IQueryable<Referral>?> VisibleAsync(string accountId, CancellationToken cancellationToken)
    {
        var scope = await scopes.ForAsync(accountId, cancellationToken);
        if (scope is null)
        {
            return null;
        }

        if (scope.IsAdministrator)
        {
            return db.Referrals;
        }

        var ids = scope.MemberOf.Union(scope.Moderated).ToList();
        if (!scope.IsModerator && ids.Count == 0)
        {
            return null;
        }

        if (!scope.IsModerator || scope.Email.Length == 0)
        {
            return db.Referrals.Where(r => ids.Contains(r.StructureId));
        }

        // Requests addressed to this moderator by address (structures without one) count too.
        var email = scope.Email;
        return db.Referrals.Where(r => ids.Contains(r.StructureId) || (r.RecipientKind == ReferralRecipientKind.Moderators && (";" + r.RecipientAddress + ";").Contains(";" + email + ";")));
    }
}
