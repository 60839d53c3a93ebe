using System.Security.Claims;
using Aiguillage.Accounts;
using Aiguillage.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Espace;

/// <summary>What waits for a decision: proposed fiches (moderators) and requests to join a structure (its members or moderators).</summary>
[Authorize]
public sealed class ModerationModel(ModerateFiches moderation, JoinStructures joins) : PageModel
{
    public IReadOnlyList<PendingProposal> Proposals { get; private set; } = [];

    public IReadOnlyList<PendingMembership> Memberships { get; private set; } = [];

    public string? Notice { get; private set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public int? FailedProposal { get; private set; }

    public IReadOnlyList<FieldChange> Conflicts { get; private set; } = [];

    private string AccountId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Notice = TempData["message"] as string;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostPublierAsync(int proposition, int version, CancellationToken cancellationToken)
    {
        var outcome = await moderation.ApproveAsync(AccountId, proposition, version, cancellationToken);
        return await AfterAsync(outcome, proposition, "Publiée : les pages publiques l'affichent dans quelques secondes ; l'auteur est prévenu par courriel.", cancellationToken);
    }

    public async Task<IActionResult> OnPostRefuserAsync(int proposition, int version, string? motif, CancellationToken cancellationToken)
    {
        var outcome = await moderation.RejectAsync(AccountId, proposition, version, motif ?? "", cancellationToken);
        return await AfterAsync(outcome, proposition, "Refusée ; l'auteur reçoit votre motif par courriel.", cancellationToken);
    }

    public async Task<IActionResult> OnPostAdhesionAsync(int demande, bool accepter, CancellationToken cancellationToken)
    {
        if (!await joins.DecideAsync(AccountId, demande, accepter, cancellationToken))
        {
            return NotFound();
        }

        TempData["message"] = accepter ? "Demande acceptée : la personne est maintenant membre de la structure." : "Demande refusée ; la personne est prévenue par courriel.";
        return Redirect("/espace/moderation#adhesions");
    }

    private async Task<IActionResult> AfterAsync(ModerationOutcome outcome, int proposal, string done, CancellationToken cancellationToken)
    {
        if (outcome.Result == ModerationResult.NotFound)
        {
            return NotFound();
        }

        if (outcome.Result == ModerationResult.Done)
        {
            TempData["message"] = done;
            return Redirect("/espace/moderation");
        }

        FailedProposal = proposal;
        Conflicts = outcome.Conflicts;
        switch (outcome.Result)
        {
            case ModerationResult.Stale:
                Response.StatusCode = StatusCodes.Status409Conflict;
                Notice = "Cette proposition a changé ou a été traitée depuis l'affichage de la page ; rien n'a été enregistré. Relisez-la ci-dessous.";
                break;
            case ModerationResult.Conflict:
                Response.StatusCode = StatusCodes.Status409Conflict;
                Notice = "La fiche publiée a changé depuis la proposition, sur les mêmes champs (tableau ci-dessous) : rien n'a été publié. Refusez-la en demandant à l'auteur de la reprendre sur la version actuelle.";
                break;
            default:
                Response.StatusCode = StatusCodes.Status400BadRequest;
                foreach (var error in outcome.Errors)
                {
                    Errors.TryAdd(error.Column == "motif" ? $"motif-{proposal}" : $"proposition-{proposal}", error.Message);
                }

                break;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Proposals = await moderation.PendingAsync(AccountId, cancellationToken);
        Memberships = await joins.PendingAsync(AccountId, cancellationToken);
    }
}
