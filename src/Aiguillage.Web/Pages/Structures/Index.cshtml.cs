using Aiguillage.Directory;
using Aiguillage.Offers;
using Aiguillage.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Structures;

public sealed class IndexModel(ListStructures listStructures, LoadTaxonomy loadTaxonomy) : PageModel
{
    private const int PageSize = 20;

    public Page<StructureView> Result { get; private set; } = new(0, 1, PageSize, []);

    public TaxonomySnapshot Taxonomy { get; private set; } = new([]);

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        if (!PageNumber.TryParse(page, out var number))
        {
            return RedirectToPage();
        }

        Result = await listStructures.HandleAsync(new OfferFilter(), number, PageSize, cancellationToken);
        if (Result.Items.Count == 0 && number > 1)
        {
            return RedirectToPage();
        }

        Taxonomy = await loadTaxonomy.HandleAsync(cancellationToken);
        return Page();
    }
}
