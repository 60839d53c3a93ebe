using Aiguillage.Diagnosis;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Barometre;

/// <summary>The public statistics (baromètre), with the date of the data; the same figures as GET /api/v1/statistiques.</summary>
public sealed class IndexModel(Barometer barometer) : PageModel
{
    public BarometerFigures Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Figures = await barometer.HandleAsync(cancellationToken);
}
