using Aiguillage.Catalogue;
using Aiguillage.Referrals;
using Aiguillage.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.MisesEnRelation;

/// <summary>
/// The recipient's private page, reached from the mail without an account: the holder's request, and the answers
/// (take it on, decline with a reason, hand it to another offer, close it). Each form carries the version it was shown,
/// so two people answering at once never overwrite each other.
/// </summary>
public sealed class RepondreModel(AnswerReferral referrals, CatalogueProvider catalogue, Accounts.ClaimStructure claims) : PageModel
{
    /// <summary>The structure this link lets its holder claim (a request received at its public address, no member yet).</summary>
    public Accounts.ClaimableStructure? Claimable { get; private set; }

    [BindProperty(Name = "courriel")]
    public string? ClaimEmail { get; set; }

    public ReferralInboxView? Inbox { get; private set; }

    public IReadOnlyList<TaxonomyTerm> Reasons { get; private set; } = [];

    public IReadOnlyList<CatalogueOffer> Choices { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    public string? Notice { get; private set; }

    public string? Problem { get; private set; }

    [BindProperty(Name = "motif")]
    public string? Reason { get; set; }

    [BindProperty(Name = "note")]
    public string? Note { get; set; }

    [BindProperty(Name = "offreId")]
    public int? TargetOfferId { get; set; }

    public async Task<IActionResult> OnGetAsync(string jeton, CancellationToken cancellationToken)
    {
        ReferralPages.Private(Response);
        Notice = TempData["message"] as string;
        return await ShowAsync(jeton, cancellationToken) ?? Page();
    }

    public Task<IActionResult> OnPostAccepterAsync(string jeton, int version, CancellationToken cancellationToken) =>
        ActAsync(jeton, () => referrals.AcceptAsync(jeton, version, cancellationToken), "Vous avez pris en charge la demande ; la personne en est informée. Contactez-la à l'adresse indiquée.", cancellationToken);

    public Task<IActionResult> OnPostRefuserAsync(string jeton, int version, CancellationToken cancellationToken) =>
        ActAsync(jeton, () => referrals.DeclineAsync(jeton, version, Reason, Note, cancellationToken), "Votre réponse est envoyée à la personne, avec le motif.", cancellationToken);

    public Task<IActionResult> OnPostReorienterAsync(string jeton, int version, CancellationToken cancellationToken) =>
        ActAsync(jeton, () => referrals.RedirectAsync(jeton, version, TargetOfferId ?? 0, Note, cancellationToken), "La demande est transmise à la structure choisie ; la personne en est informée. Ce lien ne permet plus d'y répondre.", cancellationToken, movesOn: true);

    public Task<IActionResult> OnPostCloturerAsync(string jeton, int version, CancellationToken cancellationToken) =>
        ActAsync(jeton, () => referrals.CloseAsync(jeton, version, Note, cancellationToken), "La demande est clôturée ; la personne en est informée.", cancellationToken);

    /// <summary>Becomes the structure's first member: an account for the address given (a password link is mailed to it).</summary>
    public async Task<IActionResult> OnPostRevendiquerAsync(string jeton, CancellationToken cancellationToken)
    {
        ReferralPages.Private(Response);
        var (result, errors) = await claims.HandleAsync(jeton, ClaimEmail ?? "", cancellationToken);
        switch (result)
        {
            case Accounts.ClaimResult.NotAllowed:
                return NotFound();
            case Accounts.ClaimResult.Claimed:
                TempData["message"] = $"C'est fait : {ClaimEmail!.Trim()} est membre de la structure sur Aiguillage. Si c'est un nouveau compte, un courriel vient d'y partir avec un lien pour choisir le mot de passe ; sinon, connectez-vous.";
                return Redirect($"/mises-en-relation/repondre/{jeton}");
            default:
                Errors["courriel"] = string.Join(" ", errors);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return await ShowAsync(jeton, cancellationToken) ?? Page();
        }
    }

    private async Task<IActionResult> ActAsync(string jeton, Func<Task<ReferralActionResult>> act, string done, CancellationToken cancellationToken, bool movesOn = false)
    {
        ReferralPages.Private(Response);
        var result = await act();
        switch (result.Outcome)
        {
            case ReferralActionOutcome.NotFound:
                return NotFound();
            case ReferralActionOutcome.Done when movesOn:
                TempData["message"] = done;
                return RedirectToPage("/MisesEnRelation/Transmise");
            case ReferralActionOutcome.Done:
                TempData["message"] = done;
                return Redirect($"/mises-en-relation/repondre/{jeton}");
            case ReferralActionOutcome.Conflict:
                Problem = result.Message;
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            default:
                foreach (var error in result.Errors)
                {
                    Errors.TryAdd(error.Field, error.Message);
                }

                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
        }

        return await ShowAsync(jeton, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> ShowAsync(string jeton, CancellationToken cancellationToken)
    {
        Inbox = await referrals.ForRecipientAsync(jeton, cancellationToken);
        if (Inbox is null)
        {
            return NotFound();
        }

        Reasons = (await catalogue.GetAsync(cancellationToken)).Taxonomy.Terms(TaxonomyKind.DeclineReason);
        Claimable = await claims.FindAsync(jeton, cancellationToken);
        if (Inbox.CanRedirect)
        {
            Choices = await referrals.RedirectChoicesAsync(jeton, cancellationToken);
        }

        return null;
    }
}
