using Aiguillage.Data;
using Aiguillage.Mail;
using Aiguillage.Referrals;
using Aiguillage.Territories;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Accounts;

public sealed record AccountGrant(string Email, string Role, string? Territory = null, int? StructureId = null);

public sealed record GrantResult(bool Created, string? PasswordLink, IReadOnlyList<string> Errors);

/// <summary>
/// Creates an account (or finds it) and gives it a role and its scope: administrator; moderator of a territory; member of a
/// structure. A new account gets a one-time link to choose its password, printed for the person running the command and
/// sent by mail; following it confirms the address.
/// </summary>
public sealed class ManageAccounts(AppDbContext db, UserManager<Account> users, RoleManager<IdentityRole> roles, GetTerritory territories, ReferralOptions links, TimeProvider clock)
{
    public async Task<GrantResult> GrantAsync(AccountGrant grant, CancellationToken cancellationToken)
    {
        var email = grant.Email.Trim();
        if (!Mail.EmailAddresses.IsValid(email))
        {
            return new GrantResult(false, null, [$"« {grant.Email} » n'est pas une adresse électronique valide."]);
        }

        if (grant.Role == Roles.Moderator && (!CoverageZone.TryParse(grant.Territory, out var zone) || zone.Level is not (TerritoryLevel.Pays or TerritoryLevel.Region or TerritoryLevel.Departement)
            || await territories.HandleAsync(zone.Level, zone.Code, cancellationToken) is null))
        {
            return new GrantResult(false, null, [$"« {grant.Territory} » n'est pas un territoire connu de la forme pays:FR, region:CODE ou departement:CODE."]);
        }

        if (grant.Role == Roles.Member && !await db.Structures.AnyAsync(s => s.Id == grant.StructureId, cancellationToken))
        {
            return new GrantResult(false, null, [$"Aucune structure n'a le numéro {grant.StructureId}."]);
        }

        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)).ToList())
        {
            try
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
            catch (DbUpdateException)
            {
                // Another grant created it at the same moment (two approvals, two commands): it exists, which is all we need.
                foreach (var entry in db.ChangeTracker.Entries<IdentityRole>().Where(e => e.State == EntityState.Added).ToList())
                {
                    entry.State = EntityState.Detached;
                }
            }
        }

        var account = await users.FindByEmailAsync(email);
        var created = account is null;
        if (account is null)
        {
            account = new Account { UserName = email, Email = email, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            var result = await users.CreateAsync(account);
            if (!result.Succeeded)
            {
                return new GrantResult(false, null, result.Errors.Select(e => e.Description).ToList());
            }
        }

        if (!await users.IsInRoleAsync(account, grant.Role))
        {
            await users.AddToRoleAsync(account, grant.Role);
        }

        if (grant.Role == Roles.Moderator && !await db.ModeratorScopes.AnyAsync(s => s.AccountId == account.Id && s.Territory == grant.Territory, cancellationToken))
        {
            db.ModeratorScopes.Add(new ModeratorScope(account.Id, grant.Territory!));
        }

        if (grant.Role == Roles.Member && !await db.StructureMemberships.AnyAsync(m => m.AccountId == account.Id && m.StructureId == grant.StructureId, cancellationToken))
        {
            db.StructureMemberships.Add(new StructureMembership(account.Id, grant.StructureId!.Value));
        }

        string? link = null;
        if (created || !await users.HasPasswordAsync(account))
        {
            link = await PasswordLinkAsync(account);
            MailOutbox.Enqueue(db, new MailTemplate("compte-cree", "Votre compte Aiguillage")
            {
                Paragraphs = [$"Un compte Aiguillage a été ouvert pour vous ({RoleLabel(grant)}). Choisissez votre mot de passe avec le lien ci-dessous ; il ne sert qu'une fois et confirme votre adresse."],
                Action = new MailAction("Choisir mon mot de passe", new Uri(link)),
            }.To(email), clock.GetUtcNow().UtcDateTime);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new GrantResult(created, link, []);
    }

    /// <summary>A one-time link to choose a password; following it also confirms the address.</summary>
    public async Task<string> PasswordLinkAsync(Account account)
    {
        var code = await users.GeneratePasswordResetTokenAsync(account);
        return $"{links.PublicBaseUrl}/compte/nouveau-mot-de-passe?courriel={Uri.EscapeDataString(account.Email!)}&code={Uri.EscapeDataString(code)}";
    }

    private static string RoleLabel(AccountGrant grant) => grant.Role switch
    {
        Roles.Administrator => "administration de la plateforme",
        Roles.Moderator => $"modération du territoire {grant.Territory}",
        _ => $"membre de la structure n° {grant.StructureId}",
    };
}
