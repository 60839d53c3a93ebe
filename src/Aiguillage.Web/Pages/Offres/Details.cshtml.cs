using Aiguillage.Catalogue;
using Aiguillage.Directory;
using Aiguillage.Offers;
using Aiguillage.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Offres;

public sealed class DetailsModel(CatalogueProvider catalogue) : PageModel
{
    public OfferView? Offer { get; private set; }

    public TaxonomySnapshot Taxonomy { get; private set; } = new([]);

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        // One snapshot for the fiche, its référentiels and its day.
        var snapshot = await catalogue.GetAsync(cancellationToken);
        Offer = GetOffer.From(snapshot, id);
        if (Offer is null)
        {
            return NotFound();
        }

        Taxonomy = snapshot.Taxonomy;
        Today = snapshot.Day;
        return Page();
    }
}
