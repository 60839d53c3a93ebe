using System.Security.Claims;
using Aiguillage.Catalogue;
using Aiguillage.Editing;
using Aiguillage.Offers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Espace;

/// <summary>
/// The form of a structure's fiche or of an offer: members propose, moderators publish (EditFiches decides). Field names
/// are the CSV format's columns, so the import's messages fit the form; a concurrent change keeps what was typed and
/// shows the other version beside it.
/// </summary>
[Authorize]
public sealed class FicheModel(EditFiches editor, CatalogueProvider catalogue) : PageModel
{
    public FicheForm? Form { get; private set; }

    /// <summary>The values shown in the fields: the fiche's, or what the person posted when it could not be saved.</summary>
    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>After a conflict: the fields someone else saved meanwhile that differ from what this person typed.</summary>
    public IReadOnlyList<FieldChange> Theirs { get; private set; } = [];

    public string? Notice { get; private set; }

    public CatalogueSnapshot Catalogue { get; private set; } = CatalogueSnapshot.Empty;

    private string AccountId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var reference = Reference();
        if (reference is null || await LoadAsync(reference, cancellationToken) is null)
        {
            return NotFound();
        }

        Notice = TempData["message"] as string;
        Values = Form!.Fields;
        return Page();
    }

    public Task<IActionResult> OnPostEnregistrerAsync(CancellationToken cancellationToken) => SaveAsync(submit: false, cancellationToken);

    public Task<IActionResult> OnPostProposerAsync(CancellationToken cancellationToken) => SaveAsync(submit: true, cancellationToken);

    public async Task<IActionResult> OnPostStatutAsync(string statut, CancellationToken cancellationToken)
    {
        var reference = Reference();
        OfferStatus? status = statut switch { "suspendue" => OfferStatus.Suspended, "archivee" => OfferStatus.Archived, "publiee" => OfferStatus.Published, _ => null };
        if (reference?.TargetId is not { } offerId || reference.Kind != FicheKind.Offer || status is null)
        {
            return NotFound();
        }

        var result = await editor.ChangeStatusAsync(AccountId, offerId, Request.Form["jeton"].ToString(), status.Value, cancellationToken);
        if (result == SaveResult.NotFound)
        {
            return NotFound();
        }

        TempData["message"] = result switch
        {
            SaveResult.Published => $"L'offre est maintenant {status.Value.ToLabel()} ; les pages publiques le reflètent dans quelques secondes.",
            SaveResult.Closed => "Une offre archivée ne change plus de statut.",
            _ => "L'offre a été modifiée depuis l'affichage de cette page ; rien n'a été changé. Relisez-la puis recommencez.",
        };
        return Redirect(reference.Path);
    }

    private async Task<IActionResult> SaveAsync(bool submit, CancellationToken cancellationToken)
    {
        var reference = Reference();
        if (reference is null || await LoadAsync(reference, cancellationToken) is null)
        {
            return NotFound();
        }

        reference = Form!.Ref;
        var posted = FicheFields.Editable(reference.Kind).ToDictionary(f => f, f => Posted(f), StringComparer.Ordinal);
        var outcome = await editor.SaveAsync(AccountId, reference, posted, Request.Form["jeton"].ToString(), submit, cancellationToken);
        switch (outcome.Result)
        {
            case SaveResult.NotFound:
                return NotFound();
            case SaveResult.Published or SaveResult.Submitted or SaveResult.DraftSaved:
                TempData["message"] = outcome.Result switch
                {
                    SaveResult.Published => "Enregistré et publié : les pages publiques l'affichent dans quelques secondes.",
                    SaveResult.Submitted => "Proposé à l'équipe de modération de votre territoire : la fiche publique changera quand elle l'aura validé. Vous recevrez un courriel.",
                    _ => "Brouillon enregistré : rien n'est encore visible ni envoyé à la modération.",
                };
                return Redirect((outcome.Next ?? reference).Path);
        }

        await LoadAsync(reference, cancellationToken);
        Values = Form!.Fields.ToDictionary(p => p.Key, p => posted.GetValueOrDefault(p.Key, p.Value), StringComparer.Ordinal);
        Response.StatusCode = outcome.Result == SaveResult.Invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        if (outcome.Result == SaveResult.Invalid)
        {
            foreach (var error in outcome.Errors)
            {
                var field = error.Column ?? "nom";
                Errors.TryAdd(field, $"{FicheFields.Label(field)} : {error.Message}");
            }
        }
        else if (outcome.Result == SaveResult.Closed)
        {
            Notice = "Cette offre est archivée : elle ne peut plus être modifiée.";
        }
        else
        {
            Theirs = FicheFields.Diff(Values, outcome.Theirs ?? Form.Fields).Where(c => FicheFields.Editable(reference.Kind).Contains(c.Field)).ToList();
            Notice = "Quelqu'un a enregistré cette fiche pendant que vous la modifiiez. Votre saisie est conservée ci-dessous ; "
                + "comparez-la avec la version enregistrée (tableau), reprenez ce qui doit l'être, puis enregistrez de nouveau.";
        }

        return Page();
    }

    private string Posted(string field)
    {
        if (field == OfferCsv.Columns.PartialZones)
        {
            // A ticked box posts "oui", an unticked one nothing: the fiche's "oui" or empty (OfferCsv.FieldsOf).
            return Request.Form[field].Contains("oui") ? "oui" : "";
        }

        var values = Request.Form[field].Select(v => v ?? "").ToList();
        // Sources and zones are typed one per line, checkboxes post one value each: the CSV format separates them with "|".
        var parts = values.SelectMany(v => field is OfferCsv.Columns.Sources or OfferCsv.Columns.StructureSources or OfferCsv.Columns.Zones
            ? v.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [v.Trim()]).Where(v => v.Length > 0);
        return string.Join(OfferCsv.ListSeparator, parts);
    }

    private async Task<FicheForm?> LoadAsync(FicheRef reference, CancellationToken cancellationToken)
    {
        Form = await editor.LoadAsync(AccountId, reference, cancellationToken);
        Catalogue = await catalogue.GetAsync(cancellationToken);
        return Form;
    }

    private FicheRef? Reference()
    {
        var query = Request.Query;
        static int? Number(string? text) => int.TryParse(text, out var n) && n > 0 ? n : null;
        if (Number(query["proposition"]) is { } proposal)
        {
            return FicheRef.Proposal(FicheKind.Offer, proposal);
        }

        if (Number(query["offre"]) is { } offer)
        {
            return FicheRef.Offer(offer);
        }

        if (Number(query["structure"]) is { } structure)
        {
            return FicheRef.Structure(structure);
        }

        if (Number(query["nouvelle-offre"]) is { } ofStructure)
        {
            return FicheRef.NewOffer(ofStructure);
        }

        return query.ContainsKey("nouvelle-structure") ? FicheRef.NewStructure() : null;
    }
}
