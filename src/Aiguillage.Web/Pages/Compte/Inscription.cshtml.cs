using Aiguillage.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Aiguillage.Web.Pages.Compte;

/// <summary>Creates an account (RegisterAccount): the same answer for a new or a known address, then a confirmation link by mail.</summary>
[EnableRateLimiting(ReferralRateLimit.Policy)]
public sealed class InscriptionModel(RegisterAccount register) : PageModel
{
    [BindProperty(Name = "courriel")]
    public string? Email { get; set; }

    [BindProperty(Name = "mot_de_passe")]
    public string? Password { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var problems = await register.RegisterAsync(Email ?? "", Password ?? "", cancellationToken);
        if (problems.Count == 0)
        {
            Sent = true;
            return Page();
        }

        var field = Aiguillage.Mail.EmailAddresses.IsValid((Email ?? "").Trim()) ? "mot_de_passe" : "courriel";
        Errors[field] = string.Join(" ", problems);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
