using Aiguillage.Offers;
using Aiguillage.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Offres;

public sealed class DetailsModel(GetOffer getOffer, LoadTaxonomy loadTaxonomy, TimeProvider clock) : PageModel
{
    public OfferView? Offer { get; private set; }

    public TaxonomySnapshot Taxonomy { get; private set; } = new([]);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Offer = await getOffer.HandleAsync(id, cancellationToken);
        if (Offer is null)
        {
            return NotFound();
        }

        Taxonomy = await loadTaxonomy.HandleAsync(cancellationToken);
        return Page();
    }
}
