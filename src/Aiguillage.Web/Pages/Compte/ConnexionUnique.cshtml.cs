using Aiguillage.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Compte;

/// <summary>
/// Sign-in through the configured single sign-on (optional): a POST starts it (a link would let another site sign a
/// visitor in), the provider comes back to the handler's callback, then here, where the account is found or linked.
/// </summary>
public sealed class ConnexionUniqueModel(SignInManager<Account> signIn, ExternalLogins logins, SingleSignOnOptions options) : PageModel
{
    public string? Problem { get; private set; }

    public IActionResult OnGet() => options.IsConfigured ? Redirect("/compte/connexion") : NotFound();

    public IActionResult OnPost()
    {
        if (!options.IsConfigured)
        {
            return NotFound();
        }

        var properties = signIn.ConfigureExternalAuthenticationProperties(SingleSignOnOptions.Scheme, "/compte/connexion-unique?handler=Fin");
        return Challenge(properties, SingleSignOnOptions.Scheme);
    }

    public async Task<IActionResult> OnGetFinAsync()
    {
        if (!options.IsConfigured)
        {
            return NotFound();
        }

        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            return Failed($"La connexion avec {options.DisplayName} n'a pas abouti. Recommencez, ou connectez-vous avec votre adresse et votre mot de passe.");
        }

        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (!result.Succeeded && !result.IsLockedOut)
        {
            var (account, problem) = await logins.FindOrLinkAsync(new ExternalIdentity(
                info.LoginProvider, info.ProviderKey, info.Principal.FindFirst("email")?.Value,
                string.Equals(info.Principal.FindFirst("email_verified")?.Value, "true", StringComparison.OrdinalIgnoreCase), options.DisplayName));
            if (account is null)
            {
                await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
                return Failed(problem!);
            }

            result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        }

        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        return result.Succeeded
            ? Redirect("/espace")
            : Failed(result.IsLockedOut ? "Ce compte est bloqué pour 15 minutes après plusieurs essais manqués." : "Ce compte ne peut pas se connecter pour l'instant.");
    }

    private PageResult Failed(string message)
    {
        Problem = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
