using Aiguillage.Catalogue;
using Aiguillage.Orientation;
using Aiguillage.Taxonomy;
using Microsoft.AspNetCore.Mvc;

namespace Aiguillage.Web.Pages.Orientation;

/// <summary>Question 4: the legal form or situation (optional) and a few free words (optional).</summary>
public sealed class FormeModel(CatalogueProvider catalogs) : StepModel(catalogs)
{
    public override int StepNumber => 4;

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

        if (Answers.Public is not null && !Taxonomy.IsUsable(TaxonomyKind.Public, Answers.Public))
        {
            Errors["public"] = "Choisissez une forme dans la liste.";
        }

        if (Answers.Text is { Length: > OrientProject.MaxTextLength })
        {
            Errors["q"] = $"Écrivez au plus {OrientProject.MaxTextLength} caractères.";
        }

        return Errors.Count > 0 ? Page() : Redirect(Answers.Url("/orientation/resultats"));
    }
}
