using Aiguillage.Catalogue;
using Aiguillage.Directory;
using Aiguillage.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Structures;

public sealed class DetailsModel(GetStructure getStructure, CatalogueProvider catalogue) : PageModel
{
    public StructureView? Structure { get; private set; }

    public TaxonomySnapshot Taxonomy { get; private set; } = new([]);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Structure = await getStructure.HandleAsync(id, cancellationToken);
        if (Structure is null)
        {
            return NotFound();
        }

        var snapshot = await catalogue.GetAsync(cancellationToken);
        Taxonomy = snapshot.Taxonomy;
        return Page();
    }
}
