using Aiguillage.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Compte;

/// <summary>
/// The link of the confirmation mail. GET only shows a button (mail scanners follow links); the POST confirms the address.
/// </summary>
public sealed class ConfirmerModel(RegisterAccount register) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "compte")]
    public string? AccountId { get; set; }

    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    public bool? Confirmed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Confirmed = !string.IsNullOrEmpty(AccountId) && !string.IsNullOrEmpty(Code) && await register.ConfirmAsync(AccountId, Code);
        if (Confirmed == true)
        {
            TempData["message"] = "Adresse confirmée : vous pouvez vous connecter.";
            return Redirect("/compte/connexion");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
