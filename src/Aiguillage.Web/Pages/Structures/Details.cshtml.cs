using Aiguillage.Organisations;
using Aiguillage.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Structures;

public sealed class DetailsModel(GetStructure getStructure, LoadTaxonomy loadTaxonomy) : PageModel
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

        Taxonomy = await loadTaxonomy.HandleAsync(cancellationToken);
        return Page();
    }
}
