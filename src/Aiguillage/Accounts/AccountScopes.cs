using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.Territories;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Accounts;

/// <summary>What an account acts for: every structure (administrator), the structures it belongs to, those of its territories.</summary>
public sealed record AccountScope(bool IsAdministrator, bool IsModerator, IReadOnlySet<int> MemberOf, IReadOnlySet<int> Moderated, string Email, IReadOnlyList<string>? Territories = null)
{
    /// <summary>Who may change a structure's fiche and offers (directly or by a proposal): its members, its moderators, administrators.</summary>
    public bool CanEdit(int structureId) => IsAdministrator || MemberOf.Contains(structureId) || Moderated.Contains(structureId);

    /// <summary>Who publishes a change to a structure without review, and reviews others' changes: its moderators and administrators.</summary>
    public bool CanModerate(int structureId) => IsAdministrator || Moderated.Contains(structureId);

    /// <summary>Whether a moderator answers for a place not yet in the catalogue (a proposed structure), by its département and région.</summary>
    public bool Covers(string? departement, string? region) =>
        IsAdministrator || (Territories ?? []).Any(t => CoverageZone.TryParse(t, out var zone) && zone.Level switch
        {
            TerritoryLevel.Pays => true,
            TerritoryLevel.Region => zone.Code == region,
            TerritoryLevel.Departement => zone.Code == departement,
            _ => false,
        });
}

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
        var territories = new List<string>();
        var isModerator = await users.IsInRoleAsync(account, Roles.Moderator);
        if (isModerator)
        {
            var snapshot = await catalogue.GetAsync(cancellationToken);
            territories = await db.ModeratorScopes.Where(s => s.AccountId == accountId).Select(s => s.Territory).ToListAsync(cancellationToken);
            foreach (var territory in territories)
            {
                if (CoverageZone.TryParse(territory, out var zone))
                {
                    moderated.UnionWith(snapshot.Structures.Where(s => CatalogueRules.IsBasedIn(snapshot, s, zone.Level, zone.Code)).Select(s => s.Id));
                }
            }
        }

        return new AccountScope(await users.IsInRoleAsync(account, Roles.Administrator), isModerator, memberOf, moderated, account.Email ?? "", territories);
    }
}
