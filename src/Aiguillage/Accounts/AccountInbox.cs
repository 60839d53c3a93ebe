using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.Referrals;
using Aiguillage.Territories;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Accounts;

/// <summary>One request as listed in a member's or moderator's space.</summary>
public sealed record InboxItem(int Id, string StatusLabel, string StructureName, string OfferTitle, DateTime CreatedAtUtc, DateTime HandedAtUtc, bool AwaitsAnswer, string RecipientToken);

/// <summary>
/// The requests an account may see, written once: an administrator sees all; a moderator those of the structures of
/// their territories and those addressed to them; a member those of their structures. Everyone else sees none.
/// </summary>
public sealed class AccountInbox(AppDbContext db, UserManager<Account> users, CatalogueProvider catalogue)
{
    public async Task<IReadOnlyList<InboxItem>> ListAsync(string accountId, CancellationToken cancellationToken)
    {
        var visible = await VisibleAsync(accountId, cancellationToken);
        if (visible is null)
        {
            return [];
        }

        var snapshot = await catalogue.GetAsync(cancellationToken);
        var referrals = await visible.AsNoTracking().OrderByDescending(r => r.HandedAtUtc).Take(500).ToListAsync(cancellationToken);
        return referrals.Select(r => new InboxItem(
            r.Id, ReferralRules.Label(r.Status), snapshot.Structure(r.StructureId)?.Name ?? $"structure n° {r.StructureId}",
            snapshot.Offer(r.OfferId)?.Title ?? $"offre n° {r.OfferId}", r.CreatedAtUtc, r.HandedAtUtc, ReferralRules.AwaitsAnswer(r.Status), r.RecipientToken)).ToList();
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
        (await ListAsync(accountId, cancellationToken)).FirstOrDefault(i => i.Id == referralId);

    private async Task<IQueryable<Referral>?> VisibleAsync(string accountId, CancellationToken cancellationToken)
    {
        var account = await users.FindByIdAsync(accountId);
        if (account is null)
        {
            return null;
        }

        if (await users.IsInRoleAsync(account, Roles.Administrator))
        {
            return db.Referrals;
        }

        var structures = await db.StructureMemberships.Where(m => m.AccountId == accountId).Select(m => m.StructureId).ToListAsync(cancellationToken);
        if (await users.IsInRoleAsync(account, Roles.Moderator))
        {
            var snapshot = await catalogue.GetAsync(cancellationToken);
            var territories = await db.ModeratorScopes.Where(s => s.AccountId == accountId).Select(s => s.Territory).ToListAsync(cancellationToken);
            foreach (var territory in territories)
            {
                if (CoverageZone.TryParse(territory, out var zone))
                {
                    structures.AddRange(snapshot.Structures.Where(s => zone.Level switch
                    {
                        TerritoryLevel.Pays => true,
                        TerritoryLevel.Region => s.Location.RegionCode == zone.Code || s.RegionCode == zone.Code,
                        TerritoryLevel.Departement => s.Location.DepartementCode == zone.Code || s.DepartementCode == zone.Code,
                        _ => false,
                    }).Select(s => s.Id));
                }
            }

            var email = account.Email ?? "\u0000";
            var ids = structures.Distinct().ToList();
            return db.Referrals.Where(r => ids.Contains(r.StructureId) || (r.RecipientKind == ReferralRecipientKind.Moderators && (";" + r.RecipientAddress + ";").Contains(";" + email + ";")));
        }

        return structures.Count == 0 ? null : db.Referrals.Where(r => structures.Contains(r.StructureId));
    }
}
