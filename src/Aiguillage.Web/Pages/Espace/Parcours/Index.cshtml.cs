using System.Security.Claims;
using Aiguillage.Pathways;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Espace.Parcours;

/// <summary>The chains of support a moderator may compose.</summary>
[Authorize]
public sealed class IndexModel(ManageChains chains) : PageModel
{
    public IReadOnlyList<SupportChain> Chains { get; private set; } = [];

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var account = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        if (!await chains.MayComposeAsync(account, cancellationToken))
        {
            return NotFound();
        }

        Notice = TempData["message"] as string;
        Chains = await chains.EditableAsync(account, cancellationToken);
        return Page();
    }
}
