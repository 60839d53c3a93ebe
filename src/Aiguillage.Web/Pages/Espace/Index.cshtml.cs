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

    public IReadOnlyList<(string StructureName, Aiguillage.Referrals.StructureReferralStats Stats)> Dashboard { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var account = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        Items = await inbox.ListAsync(account, cancellationToken);
        Dashboard = await inbox.DashboardAsync(account, cancellationToken);
    }

    /// <summary>The dashboard as CSV (UTF-8 with BOM, semicolons, for spreadsheets set to French).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var rows = await inbox.DashboardAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);
        var text = DashboardCsv.Write(rows);
        return File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray(), "text/csv; charset=utf-8", "tableau-de-bord-mises-en-relation.csv");
    }

    /// <summary>One request by its number: to its answer page when the account may see it, 404 otherwise.</summary>
    public async Task<IActionResult> OnGetDemandeAsync(int id, CancellationToken cancellationToken)
    {
        var item = await inbox.FindAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, id, cancellationToken);
        return item is null ? NotFound() : Redirect($"/mises-en-relation/repondre/{item.RecipientToken}");
    }
}
