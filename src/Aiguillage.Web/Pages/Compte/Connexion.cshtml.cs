using Aiguillage.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Aiguillage.Web.Pages.Compte;

/// <summary>Sign-in: one message for every failure, so nobody learns whether an address has an account.</summary>
[EnableRateLimiting(ReferralRateLimit.Policy)]
public sealed class ConnexionModel(SignInManager<Account> signIn) : PageModel
{
    public const string Failure = "Adresse ou mot de passe incorrect, ou compte pas encore activé. Après 5 essais, le compte est bloqué 15 minutes.";

    [BindProperty(Name = "courriel")]
    public string? Email { get; set; }

    [BindProperty(Name = "mot_de_passe")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true, Name = "retour")]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password)
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/espace");
        }

        Error = Failure;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
