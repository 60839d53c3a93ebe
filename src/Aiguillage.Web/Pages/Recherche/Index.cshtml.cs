using Aiguillage.Catalogue;
using Aiguillage.Search;
using Aiguillage.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Recherche;

public sealed class IndexModel(SearchCatalog search, CatalogueProvider catalogs) : PageModel
{
    private const int PageSize = 20;

    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "territoire")]
    public string? Territoire { get; set; }

    [FromQuery(Name = "etape")]
    public string? Etape { get; set; }

    [FromQuery(Name = "besoin")]
    public string? Besoin { get; set; }

    [FromQuery(Name = "type")]
    public string? Type { get; set; }

    public SearchResult? Result { get; private set; }

    public string? Error { get; private set; }

    public TaxonomySnapshot Taxonomy { get; private set; } = new([]);

    public CatalogueSnapshot Territories { get; private set; } = CatalogueSnapshot.Empty;

    public bool Filtered => Territoire is not null || Etape is not null || Besoin is not null || Type is not null;

    public async Task OnGetAsync([FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        Taxonomy = catalog.Taxonomy;
        Territories = catalog;
        (Q, Territoire, Etape, Besoin, Type) = (Blank(Q), Blank(Territoire), Blank(Etape), Blank(Besoin), Blank(Type));
        if (Q is null)
        {
            return;
        }

        if (!PageNumber.TryParse(page, out var number))
        {
            Error = "Le numéro de page doit être un nombre entier positif.";
            return;
        }

        var result = await search.HandleAsync(new SearchQuery(Q, Territoire, Etape, Besoin, null, Type, number, PageSize), cancellationToken);
        if (result.Problem is { } problem)
        {
            Error = problem.Parameter switch
            {
                "territoire" => "Ce territoire est inconnu : choisissez une région ou un département dans la liste.",
                "etape" or "besoin" or "type" => "Un des filtres est inconnu : choisissez une valeur dans la liste.",
                _ => problem.Detail,
            };
            return;
        }

        Result = result;
    }

    /// <summary>The address of another page of the same search: the filters stay, so the URL is a permalink.</summary>
    public string PageUrl(int number)
    {
        var parameters = new List<string> { "q=" + Uri.EscapeDataString(Q ?? "") };
        foreach (var (name, value) in new[] { ("territoire", Territoire), ("etape", Etape), ("besoin", Besoin), ("type", Type) })
        {
            if (value is not null)
            {
                parameters.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        parameters.Add("page=" + number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/recherche?" + string.Join('&', parameters);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
