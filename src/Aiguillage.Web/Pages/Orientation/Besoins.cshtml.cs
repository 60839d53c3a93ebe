using Aiguillage.Catalogue;
using Aiguillage.Taxonomy;
using Microsoft.AspNetCore.Mvc;

namespace Aiguillage.Web.Pages.Orientation;

/// <summary>Question 3: the needs (none, one or several).</summary>
public sealed class BesoinsModel(CatalogueProvider catalogs) : StepModel(catalogs)
{
    public override int StepNumber => 3;

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

        if (Answers.Needs.FirstOrDefault(n => !Taxonomy.IsUsable(TaxonomyKind.Need, n)) is { } unknown)
        {
            Errors["besoins"] = $"« {unknown} » n'est pas un besoin de la liste : cochez les besoins proposés.";
            return Page();
        }

        return Redirect(Answers.Url("/orientation/forme"));
    }
}
