using Aiguillage.Catalogue;
using Aiguillage.Directory;
using Aiguillage.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Structures;

public sealed class DetailsModel(CatalogueProvider catalogue) : PageModel
{
    public StructureView? Structure { get; private set; }

    public TaxonomySnapshot Taxonomy { get; private set; } = new([]);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        // One snapshot for the fiche, its référentiels and its day.
        var snapshot = await catalogue.GetAsync(cancellationToken);
        Structure = GetStructure.From(snapshot, id);
        if (Structure is null)
        {
            return NotFound();
        }

        Taxonomy = snapshot.Taxonomy;
        return Page();
    }
}
