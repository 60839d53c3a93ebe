using Aiguillage.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Compte;

/// <summary>Chooses a password from a one-time link (first password or reset); following the link confirms the address.</summary>
public sealed class NouveauMotDePasseModel(UserManager<Account> users) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "courriel")]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    [BindProperty(Name = "mot_de_passe")]
    public string? Password { get; set; }

    public List<string> Errors { get; } = [];

    public void OnGet() => MisesEnRelation.ReferralPages.Private(Response);

    public async Task<IActionResult> OnPostAsync()
    {
        MisesEnRelation.ReferralPages.Private(Response);
        var account = string.IsNullOrWhiteSpace(Email) ? null : await users.FindByEmailAsync(Email.Trim());
        if (account is null || string.IsNullOrEmpty(Code))
        {
            Errors.Add(new FrenchIdentityErrors().InvalidToken().Description);
        }
        else
        {
            var result = await users.ResetPasswordAsync(account, Code, Password ?? "");
            if (result.Succeeded)
            {
                if (!account.EmailConfirmed)
                {
                    account.EmailConfirmed = true;
                    await users.UpdateAsync(account);
                }

                await users.ResetAccessFailedCountAsync(account);
                TempData["message"] = "Votre mot de passe est enregistré. Vous pouvez vous connecter.";
                return Redirect("/compte/connexion");
            }

            Errors.AddRange(result.Errors.Select(e => e.Description));
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
