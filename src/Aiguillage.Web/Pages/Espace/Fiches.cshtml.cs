using System.Security.Claims;
using Aiguillage.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Espace;

/// <summary>The fiches a member keeps: their structures and offers, and the proposals they wrote.</summary>
[Authorize]
public sealed class FichesModel(EditFiches editor) : PageModel
{
    public MyFiches Mine { get; private set; } = new([], []);

    public string? Notice { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Notice = TempData["message"] as string;
        Mine = await editor.MineAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);
    }
}
