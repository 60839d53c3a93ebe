using Aiguillage.Catalogue;
using Aiguillage.Taxonomy;
using Microsoft.AspNetCore.Mvc;

namespace Aiguillage.Web.Pages.Orientation;

/// <summary>Question 2: the stage of the project (required).</summary>
public sealed class EtapeModel(CatalogueProvider catalogs) : StepModel(catalogs)
{
    public override int StepNumber => 2;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (RequireEarlierSteps() is { } back)
        {
            return back;
        }

        if (!Sent)
        {
            return Page();
        }

        if (Answers.Stage is null || !Taxonomy.IsUsable(TaxonomyKind.Stage, Answers.Stage))
        {
            Errors["etape"] = "Choisissez l'étape de votre projet.";
            return Page();
        }

        return Redirect(Answers.Url("/orientation/besoins"));
    }
}
