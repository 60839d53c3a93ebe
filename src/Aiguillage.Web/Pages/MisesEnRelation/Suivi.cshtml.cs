using Aiguillage.Referrals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.MisesEnRelation;

/// <summary>The holder's private page: the status, the history, and withdrawing. The token in the address is the only key.</summary>
public sealed class SuiviModel(AnswerReferral referrals) : PageModel
{
    public ReferralStatusView? Referral { get; private set; }

    public string? Notice { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string jeton, CancellationToken cancellationToken)
    {
        ReferralPages.Private(Response);
        Referral = await referrals.ForHolderAsync(jeton, cancellationToken);
        if (Referral is null)
        {
            return NotFound();
        }

        Notice = TempData["envoyee"] is string label ? $"Votre demande est envoyée à {label}. Un courriel de confirmation part vers votre adresse, avec le lien de cette page : gardez-le." : TempData["message"] as string;
        return Page();
    }

    public async Task<IActionResult> OnPostRetirerAsync(string jeton, int version, CancellationToken cancellationToken)
    {
        ReferralPages.Private(Response);
        var result = await referrals.WithdrawAsync(jeton, version, cancellationToken);
        if (result.Outcome == ReferralActionOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == ReferralActionOutcome.Done)
        {
            TempData["message"] = "Votre demande est retirée ; la structure en est informée.";
            return Redirect($"/mises-en-relation/{jeton}");
        }

        Problem = result.Message;
        Referral = await referrals.ForHolderAsync(jeton, cancellationToken);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}

internal static class ReferralPages
{
    /// <summary>Pages reached by a private link: never cached, never indexed, and the link never leaves in a Referer header.</summary>
    public static void Private(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers["X-Robots-Tag"] = "noindex, nofollow";
    }

    /// <summary>
    /// For a time element's datetime: UTC with its "Z" (the database gives it back without a kind) and whole seconds
    /// (HTML allows three decimals at most; "O" writes seven).
    /// </summary>
    public static string MachineDate(DateTime utc) =>
        utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public static string Date(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, Catalogue.CatalogueClock.Paris).ToString("d MMMM yyyy 'à' HH'h'mm", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
}
