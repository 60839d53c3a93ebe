using Aiguillage.Catalogue;
using Aiguillage.Directory;
using Aiguillage.Offers;
using Aiguillage.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Offres;

public sealed class DetailsModel(GetOffer getOffer, CatalogueProvider catalogue) : PageModel
{
    public OfferView? Offer { get; private set; }

    public TaxonomySnapshot Taxonomy { get; private set; } = new([]);

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Offer = await getOffer.HandleAsync(id, cancellationToken);
        if (Offer is null)
        {
            return NotFound();
        }

        var snapshot = await catalogue.GetAsync(cancellationToken);
        Taxonomy = snapshot.Taxonomy;
        Today = snapshot.Day;
        return Page();
    }
}
