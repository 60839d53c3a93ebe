using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.Territories;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Accounts;

/// <summary>What an account acts for: every structure (administrator), the structures it belongs to, those of its territories.</summary>
public sealed record AccountScope(bool IsAdministrator, bool IsModerator, IReadOnlySet<int> MemberOf, IReadOnlySet<int> Moderated, string Email);

/// <summary>
/// The scope of an account, written once: membership from StructureMembership, moderation from ModeratorScope matched
/// against where the catalogue places each structure (its office, else the centre of the territory it serves).
/// </summary>
public sealed class AccountScopes(AppDbContext db, UserManager<Account> users, CatalogueProvider catalogue)
{
    public async Task<AccountScope?> ForAsync(string accountId, CancellationToken cancellationToken)
    {
        var account = await users.FindByIdAsync(accountId);
        if (account is null)
        {
            return null;
        }

        var memberOf = (await db.StructureMemberships.Where(m => m.AccountId == accountId).Select(m => m.StructureId).ToListAsync(cancellationToken)).ToHashSet();
        var moderated = new HashSet<int>();
        var isModerator = await users.IsInRoleAsync(account, Roles.Moderator);
        if (isModerator)
        {
            var snapshot = await catalogue.GetAsync(cancellationToken);
            foreach (var territory in await db.ModeratorScopes.Where(s => s.AccountId == accountId).Select(s => s.Territory).ToListAsync(cancellationToken))
            {
                if (CoverageZone.TryParse(territory, out var zone))
                {
                    moderated.UnionWith(snapshot.Structures.Where(s => CatalogueRules.IsBasedIn(snapshot, s, zone.Level, zone.Code)).Select(s => s.Id));
                }
            }
        }

        return new AccountScope(await users.IsInRoleAsync(account, Roles.Administrator), isModerator, memberOf, moderated, account.Email ?? "");
    }
}
