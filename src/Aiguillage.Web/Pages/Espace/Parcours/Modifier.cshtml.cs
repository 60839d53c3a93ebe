using System.Security.Claims;
using Aiguillage.Catalogue;
using Aiguillage.Editing;
using Aiguillage.Pathways;
using Aiguillage.Taxonomy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Espace.Parcours;

/// <summary>Composes a chain: its territory, name, presentation, and one step per stage (title, offers, hand-over).</summary>
[Authorize]
public sealed class ModifierModel(ManageChains chains, CatalogueProvider catalogue) : PageModel
{
    public CatalogueSnapshot Catalogue { get; private set; } = CatalogueSnapshot.Empty;

    public int? Id { get; private set; }

    public int Version { get; private set; }

    public string Territory { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Description { get; private set; } = "";

    public bool Published { get; private set; }

    public Dictionary<string, (string Title, string Description, string Offers, string Handover)> Steps { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<HistoryLine> History { get; private set; } = [];

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.Ordinal);

    private string AccountId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Catalogue = await catalogue.GetAsync(cancellationToken);
        if (!await chains.MayComposeAsync(AccountId, cancellationToken))
        {
            return NotFound();
        }

        if (id is { } existing)
        {
            var chain = await chains.FindAsync(AccountId, existing, cancellationToken);
            if (chain is null)
            {
                return NotFound();
            }

            (Id, Version, Territory, Name, Description, Published) = (chain.Id, chain.Version, chain.Territory, chain.Name, chain.Description, chain.Status == ChainStatus.Published);
            foreach (var step in chain.Steps)
            {
                Steps[step.Stage] = (step.Title, step.Description, string.Join(", ", step.OfferIds), step.Handover ?? "");
            }

            History = await chains.HistoryAsync(existing, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, int version, CancellationToken cancellationToken)
    {
        Catalogue = await catalogue.GetAsync(cancellationToken);
        var form = Request.Form;
        (Id, Version, Territory, Name, Description, Published) = (id, version, form["territoire"].ToString(), form["nom"].ToString(), form["presentation"].ToString(), form["publier"] == "true");
        var steps = new List<ChainStep>();
        foreach (var stage in Catalogue.Taxonomy.Terms(TaxonomyKind.Stage))
        {
            var (title, description, offers, handover) = (form[$"titre-{stage.Code}"].ToString(), form[$"description-{stage.Code}"].ToString(), form[$"offres-{stage.Code}"].ToString(), form[$"passage-{stage.Code}"].ToString());
            Steps[stage.Code] = (title, description, offers, handover);
            var ids = new List<int>();
            foreach (var token in offers.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
            {
                if (int.TryParse(token, out var offerId) && offerId > 0)
                {
                    ids.Add(offerId);
                }
                else
                {
                    Errors[$"offres-{stage.Code}"] = $"« {token} » n'est pas un numéro d'offre (le nombre à la fin de l'adresse /offres/…).";
                }
            }

            steps.Add(new ChainStep(stage.Code, title.Trim(), description.Trim(), ids.Distinct().ToList(), string.IsNullOrWhiteSpace(handover) ? null : handover.Trim()));
        }

        if (Errors.Count == 0)
        {
            var (result, savedId, errors) = await chains.SaveAsync(AccountId, id, version, new ChainDraft(Territory, Name, Description, steps, Published), cancellationToken);
            switch (result)
            {
                case ChainSaveResult.NotFound:
                    return NotFound();
                case ChainSaveResult.Saved:
                    TempData["message"] = Published ? "Parcours publié : il s'affiche dans les résultats d'orientation de son territoire." : "Brouillon enregistré : il n'est visible de personne d'autre que la modération.";
                    return Redirect("/espace/parcours");
                case ChainSaveResult.Conflict:
                    Errors["nom"] = "Quelqu'un a modifié ce parcours pendant que vous le composiez ; votre saisie est gardée ci-dessous. Rechargez la page pour voir l'autre version, puis reportez vos changements.";
                    Response.StatusCode = StatusCodes.Status409Conflict;
                    return Page();
                default:
                    Errors = errors;
                    break;
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
