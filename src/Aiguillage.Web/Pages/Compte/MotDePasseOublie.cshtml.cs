using Aiguillage.Accounts;
using Aiguillage.Data;
using Aiguillage.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Aiguillage.Web.Pages.Compte;

/// <summary>Asks for a new password link: the same answer whether or not the address has an account.</summary>
[EnableRateLimiting(ReferralRateLimit.Policy)]
public sealed class MotDePasseOublieModel(UserManager<Account> users, ManageAccounts accounts, AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(Name = "courriel")]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Email) && await users.FindByEmailAsync(Email.Trim()) is { } account)
        {
            MailOutbox.Enqueue(db, new MailTemplate("compte-mot-de-passe", "Choisir un nouveau mot de passe")
            {
                Paragraphs = ["Une demande de nouveau mot de passe a été faite pour votre compte Aiguillage. Si elle ne vient pas de vous, ignorez ce courriel : rien ne change."],
                Action = new MailAction("Choisir un nouveau mot de passe", new Uri(await accounts.PasswordLinkAsync(account))),
            }.To(account.Email!), clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }

        Sent = true;
        return Page();
    }
}
