using System.Globalization;
using Aiguillage.Catalogue;
using Aiguillage.Directory;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Annuaire;

public sealed class IndexModel(BrowseDirectory browseDirectory, LoadTaxonomy loadTaxonomy) : PageModel
{
    public const int PageSize = 20;

    /// <summary>Query-string names of the facets, as in the API.</summary>
    public static readonly IReadOnlyDictionary<TaxonomyKind, (string Parameter, string Label)> FacetNames = new Dictionary<TaxonomyKind, (string, string)>
    {
        [TaxonomyKind.Stage] = ("etape", "Étape"),
        [TaxonomyKind.Need] = ("besoin", "Besoin"),
        [TaxonomyKind.Public] = ("public", "Public"),
        [TaxonomyKind.OfferType] = ("type", "Type d'offre"),
        [TaxonomyKind.Cost] = ("frais", "Frais"),
    };

    public DirectoryPage Result { get; private set; } = null!;

    public DirectoryQuery Query { get; private set; } = null!;

    public TaxonomySnapshot Taxonomy { get; private set; } = new([]);

    /// <summary>Filters that were not understood, in French; the page ignores them and says so.</summary>
    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(
        string? niveau,
        string? code,
        [FromQuery] string? etape,
        [FromQuery] string? besoin,
        [FromQuery(Name = "public")] string? audience,
        [FromQuery] string? type,
        [FromQuery] string? frais,
        [FromQuery] string? vue,
        [FromQuery] string? page,
        CancellationToken cancellationToken)
    {
        var level = TerritoryLevel.Pays;
        if (niveau is not null && (!TerritoryLevels.TryParse(niveau, out level) || code is null))
        {
            return NotFound();
        }

        if (level == TerritoryLevel.Pays && niveau is not null)
        {
            return Redirect("/annuaire" + Request.QueryString.Value);
        }

        Taxonomy = await loadTaxonomy.HandleAsync(cancellationToken);
        var filter = new CatalogueFilter(
            Known(TaxonomyKind.Stage, etape), Known(TaxonomyKind.Need, besoin), Known(TaxonomyKind.Public, audience),
            Known(TaxonomyKind.OfferType, type), Known(TaxonomyKind.Cost, frais));
        var view = DirectoryView.Offers;
        if (vue == "structures")
        {
            view = DirectoryView.Structures;
        }
        else if (!string.IsNullOrEmpty(vue) && vue != "offres")
        {
            Errors.Add($"La vue « {vue} » n'existe pas ; vues possibles : offres, structures.");
        }

        var valid = PageNumber.TryParse(page, out var number);
        var territoryCode = level == TerritoryLevel.Pays ? TerritoryLevels.FranceCode : code!.Trim().ToUpperInvariant();
        Query = new DirectoryQuery(level, territoryCode, filter, view, number, PageSize);
        var result = await browseDirectory.HandleAsync(Query, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        var count = view == DirectoryView.Offers ? result.Offers.PageCount : result.Structures.PageCount;
        if (!valid || (number > 1 && number > count))
        {
            return Redirect(Link(result.Territory.Level, result.Territory.Code, filter, view, 1));
        }

        // A GET form sends its empty fields, and an arrondissement resolves to its commune: the permalink is the canonical address.
        var canonical = Link(result.Territory.Level, result.Territory.Code, filter, view, number);
        if (Errors.Count == 0 && canonical != Request.Path.Value + Request.QueryString.Value)
        {
            return Redirect(canonical);
        }

        Result = result;
        return Page();
    }

    /// <summary>The permalink of a directory listing: the territory in the path, the filters in the query string.</summary>
    public static string Link(TerritoryLevel level, string code, CatalogueFilter filter, DirectoryView view, int page)
    {
        var path = level == TerritoryLevel.Pays ? "/annuaire" : $"/annuaire/{level.ToCode()}/{Uri.EscapeDataString(code)}";
        var parameters = FacetNames
            .Select(f => (f.Value.Parameter, Value: filter.Value(f.Key)))
            .Where(p => p.Value is not null)
            .Select(p => $"{p.Parameter}={Uri.EscapeDataString(p.Value!)}")
            .ToList();
        if (view == DirectoryView.Structures)
        {
            parameters.Add("vue=structures");
        }

        if (page > 1)
        {
            parameters.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return parameters.Count == 0 ? path : path + "?" + string.Join("&", parameters);
    }

    public string Link(DirectoryTerritory territory) => Link(territory.Level, territory.Code, Query.Filter, Query.View, 1);

    public string Link(CatalogueFilter filter) => Link(Query.Level, Result.Territory.Code, filter, Query.View, 1);

    public string Link(DirectoryView view) => Link(Query.Level, Result.Territory.Code, Query.Filter, view, 1);

    public string Link(int page) => Link(Query.Level, Result.Territory.Code, Query.Filter, Query.View, page);

    private string? Known(TaxonomyKind kind, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var code = value.Trim();
        if (Taxonomy.IsUsable(kind, code))
        {
            return code;
        }

        var (parameter, label) = FacetNames[kind];
        Errors.Add($"Filtre {parameter} : « {code} » n'est pas une valeur connue ({label.ToLower(PageFormats.French)}) ; valeurs possibles : " +
            string.Join(", ", Taxonomy.Terms(kind).Select(t => t.Label)) + ". Ce filtre est ignoré.");
        return null;
    }
}
