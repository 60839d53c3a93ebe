using Aiguillage.Directory;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages;

public sealed class IndexModel(ListOffers searchOffers, ListStructures listStructures, CountTerritories countTerritories, LoadTaxonomy loadTaxonomy) : PageModel
{
    public int Offers { get; private set; }

    public int Structures { get; private set; }

    public long Communes { get; private set; }

    public IReadOnlyList<TaxonomyTerm> Stages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Offers = (await searchOffers.HandleAsync(new OfferFilter(), 1, 1, cancellationToken)).Total;
        Structures = (await listStructures.HandleAsync(new OfferFilter(), 1, 1, cancellationToken)).Total;
        Communes = (await countTerritories.HandleAsync(cancellationToken)).Communes;
        Stages = (await loadTaxonomy.HandleAsync(cancellationToken)).Terms(TaxonomyKind.Stage);
    }
}
