using Aiguillage.Catalogue;
using Aiguillage.Offers;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Dispositifs;

/// <summary>The programmes and labels, each with the number of its visible offers (its operators).</summary>
public sealed class IndexModel(CatalogueProvider catalogue) : PageModel
{
    public IReadOnlyList<(Dispositif Dispositif, int Offers)> Dispositifs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        Dispositifs = snapshot.Dispositifs.Select(d => (d, snapshot.OffersOfDispositif(d.Code).Count())).ToList();
    }
}
