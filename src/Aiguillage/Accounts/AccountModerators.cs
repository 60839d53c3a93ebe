using Aiguillage.Data;
using Aiguillage.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Accounts;

/// <summary>The moderators with a confirmed account and their territories, for the recipients of requests.</summary>
public sealed class AccountModerators(AppDbContext db) : IModeratorDirectory
{
    public async Task<IReadOnlyList<ModeratorContact>> ModeratorsAsync(CancellationToken cancellationToken) =>
        await (from scope in db.ModeratorScopes.AsNoTracking()
               join account in db.Users.AsNoTracking() on scope.AccountId equals account.Id
               where account.EmailConfirmed && account.Email != null
               orderby account.Email
               select new ModeratorContact { Territory = scope.Territory, Email = account.Email! })
            .ToListAsync(cancellationToken);
}
