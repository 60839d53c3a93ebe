using Microsoft.AspNetCore.Identity;

namespace Aiguillage.Accounts;

/// <summary>What a single sign-on provider says about the person (OpenID Connect claims), as the site reads them.</summary>
public sealed record ExternalIdentity(string Provider, string Key, string? Email, bool EmailVerified, string ProviderName);

/// <summary>
/// Sign-in through a State or regional single sign-on (optional, ADR 012): the provider's subject is linked to the account with
/// the same address, or a new account (with no role: the person then joins or proposes a structure). Only an address the
/// provider says it verified is trusted, so nobody takes over an account by typing someone else's address at a provider.
/// </summary>
public sealed class ExternalLogins(UserManager<Account> users, TimeProvider clock)
{
    /// <summary>The account to sign in, or a French message saying why not.</summary>
    public async Task<(Account? Account, string? Problem)> FindOrLinkAsync(ExternalIdentity identity)
    {
        if (await users.FindByLoginAsync(identity.Provider, identity.Key) is { } linked)
        {
            return (linked, null);
        }

        var email = identity.Email?.Trim();
        if (string.IsNullOrEmpty(email) || !Mail.EmailAddresses.IsValid(email) || !identity.EmailVerified)
        {
            return (null, $"{identity.ProviderName} n'a pas transmis d'adresse électronique vérifiée : connectez-vous avec votre adresse et votre mot de passe Aiguillage.");
        }

        var account = await users.FindByEmailAsync(email);
        if (account is null)
        {
            account = new Account { UserName = email, Email = email, EmailConfirmed = true, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            var created = await users.CreateAsync(account);
            if (!created.Succeeded)
            {
                return (null, string.Join(" ", created.Errors.Select(e => e.Description)));
            }
        }
        else if (!account.EmailConfirmed)
        {
            // The provider verified the address: that is the confirmation the account was waiting for.
            account.EmailConfirmed = true;
            await users.UpdateAsync(account);
        }

        var added = await users.AddLoginAsync(account, new UserLoginInfo(identity.Provider, identity.Key, identity.ProviderName));
        return added.Succeeded ? (account, null) : (null, string.Join(" ", added.Errors.Select(e => e.Description)));
    }
}
