using System.Security.Claims;
using Aiguillage.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Espace;

/// <summary>The offers of the member's structures, and "still up to date" in one click (MemberOffers decides who may).</summary>
[Authorize]
public sealed class OffresModel(MemberOffers offers) : PageModel
{
    public IReadOnlyList<MemberOffer> Offers { get; private set; } = [];

    public IReadOnlyList<MemberStructure> Structures { get; private set; } = [];

    /// <summary>For a moderator: offers of their territory that nobody has confirmed for 24 months.</summary>
    public IReadOnlyList<MemberOffer> ToVerify { get; private set; } = [];

    public string? Notice { get; private set; }

    public string? Problem { get; private set; }

    private string AccountId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Notice = TempData["message"] as string;
        Offers = await offers.ListAsync(AccountId, cancellationToken);
        Structures = await offers.StructuresOfAsync(AccountId, cancellationToken);
        ToVerify = await offers.ToVerifyAsync(AccountId, cancellationToken);
    }

    public async Task<IActionResult> OnPostFrequenceAsync(int structure, int mois, CancellationToken cancellationToken)
    {
        if (!await offers.ChooseFrequencyAsync(AccountId, structure, mois, cancellationToken))
        {
            return NotFound();
        }

        TempData["message"] = $"C'est noté : un rappel vous sera envoyé quand des offres n'auront pas été confirmées depuis {mois} mois.";
        return Redirect("/espace/offres");
    }

    public async Task<IActionResult> OnPostConfirmerAsync(int offreId, int version, CancellationToken cancellationToken)
    {
        switch (await offers.ConfirmAsync(AccountId, offreId, version, cancellationToken))
        {
            case ConfirmOutcome.NotFound:
                return NotFound();
            case ConfirmOutcome.Done:
                TempData["message"] = "Merci : l'offre est marquée vérifiée aujourd'hui ; les pages publiques l'affichent dans quelques secondes.";
                return Redirect("/espace/offres");
            default:
                Problem = "L'offre a été modifiée depuis l'affichage de cette page ; rien n'a été enregistré. Relisez-la puis confirmez de nouveau.";
                Response.StatusCode = StatusCodes.Status409Conflict;
                Offers = await offers.ListAsync(AccountId, cancellationToken);
                Structures = await offers.StructuresOfAsync(AccountId, cancellationToken);
                return Page();
        }
    }
}
