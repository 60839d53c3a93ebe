using Aiguillage.Directory;
using Aiguillage.Offers;
using Aiguillage.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Offres;

public sealed class IndexModel(ListOffers searchOffers, LoadTaxonomy loadTaxonomy) : PageModel
{
    private const int PageSize = 20;

    public Page<OfferView> Result { get; private set; } = new(0, 1, PageSize, []);

    public TaxonomySnapshot Taxonomy { get; private set; } = new([]);

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        if (!PageNumber.TryParse(page, out var number))
        {
            return RedirectToPage();
        }

        Result = await searchOffers.HandleAsync(new OfferFilter(), number, PageSize, cancellationToken);
        if (Result.Items.Count == 0 && number > 1)
        {
            return RedirectToPage();
        }

        Taxonomy = await loadTaxonomy.HandleAsync(cancellationToken);
        return Page();
    }
}
