using Aiguillage.Catalogue;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages;

/// <summary>The home page: what the catalogue holds, counted on its snapshot, and the stages to start from.</summary>
public sealed class IndexModel(CatalogueProvider catalogue, CountTerritories countTerritories) : PageModel
{
    public int Offers { get; private set; }

    public int Structures { get; private set; }

    public long Communes { get; private set; }

    public IReadOnlyList<TaxonomyTerm> Stages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        Offers = snapshot.Offers.Count;
        Structures = snapshot.Structures.Count;
        Stages = snapshot.Taxonomy.Terms(TaxonomyKind.Stage);
        Communes = (await countTerritories.HandleAsync(cancellationToken)).Communes;
    }
}
