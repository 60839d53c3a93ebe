using System.Security.Claims;
using Aiguillage.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Espace;

/// <summary>A signed-in person's space: the requests they may answer (AccountInbox decides which), newest first.</summary>
[Authorize]
public sealed class IndexModel(AccountInbox inbox) : PageModel
{
    public IReadOnlyList<InboxItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await inbox.ListAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);

    /// <summary>One request by its number: to its answer page when the account may see it, 404 otherwise.</summary>
    public async Task<IActionResult> OnGetDemandeAsync(int id, CancellationToken cancellationToken)
    {
        var item = await inbox.FindAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, id, cancellationToken);
        return item is null ? NotFound() : Redirect($"/mises-en-relation/repondre/{item.RecipientToken}");
    }
}
