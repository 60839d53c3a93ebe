using Aiguillage.Data;
using Aiguillage.Mail;
using Aiguillage.Referrals;
using Microsoft.AspNetCore.Identity;

namespace Aiguillage.Accounts;

/// <summary>
/// Self-registration of a person from a structure: an e-mail and a password, then a link by mail that confirms the address
/// (sign-in needs it). The answer is the same whether the address is new or already has an account, so the form does not
/// tell who is registered; the owner of an existing account receives a mail saying so instead.
/// </summary>
public sealed class RegisterAccount(AppDbContext db, UserManager<Account> users, ReferralOptions links, TimeProvider clock)
{
    /// <summary>The password's problems in French (empty when accepted), or the same success for a new or a known address.</summary>
    public async Task<IReadOnlyList<string>> RegisterAsync(string email, string password, CancellationToken cancellationToken)
    {
        email = email.Trim();
        if (!EmailAddresses.IsValid(email))
        {
            return ["Saisissez une adresse électronique valide, par exemple nom@exemple.fr."];
        }

        var candidate = new Account { UserName = email, Email = email };
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, candidate, password);
            problems.AddRange(result.Errors.Select(e => e.Description));
        }

        if (problems.Count > 0)
        {
            return problems.Distinct().ToList();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await users.FindByEmailAsync(email);
        if (existing is { EmailConfirmed: false } && await users.HasPasswordAsync(existing))
        {
            // Registered before but never confirmed: a new link, as the page promises.
            await QueueConfirmationAsync(existing, now);
            await db.SaveChangesAsync(cancellationToken);
            return [];
        }

        if (existing is not null)
        {
            MailOutbox.Enqueue(db, new MailTemplate("compte-existant", "Vous avez déjà un compte Aiguillage")
            {
                Paragraphs = ["Quelqu'un, sans doute vous, a voulu créer un compte Aiguillage avec cette adresse, qui en a déjà un. Connectez-vous, ou choisissez un nouveau mot de passe si vous l'avez oublié. Si ce n'était pas vous, ignorez ce message."],
                Action = new MailAction("Mot de passe oublié", new Uri($"{links.PublicBaseUrl}/compte/mot-de-passe-oublie")),
            }.To(email), now);
            await db.SaveChangesAsync(cancellationToken);
            return [];
        }

        candidate.CreatedAtUtc = now;
        var created = await users.CreateAsync(candidate, password);
        if (!created.Succeeded)
        {
            return created.Errors.Select(e => e.Description).ToList();
        }

        await QueueConfirmationAsync(candidate, now);
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    private async Task QueueConfirmationAsync(Account account, DateTime now)
    {
        var code = await users.GenerateEmailConfirmationTokenAsync(account);
        MailOutbox.Enqueue(db, new MailTemplate("compte-a-confirmer", "Confirmez votre adresse pour Aiguillage")
        {
            Paragraphs = ["Votre compte Aiguillage est créé. Confirmez votre adresse avec le lien ci-dessous pour pouvoir vous connecter ; vous pourrez ensuite rejoindre votre structure ou en proposer une."],
            Action = new MailAction("Confirmer mon adresse", new Uri($"{links.PublicBaseUrl}/compte/confirmer?compte={Uri.EscapeDataString(account.Id)}&code={Uri.EscapeDataString(code)}")),
        }.To(account.Email!), now);
    }

    /// <summary>Follows the link of the confirmation mail; false for an unknown account or a wrong or used code.</summary>
    public async Task<bool> ConfirmAsync(string accountId, string code)
    {
        var account = await users.FindByIdAsync(accountId);
        return account is not null && (await users.ConfirmEmailAsync(account, code)).Succeeded;
    }
}
