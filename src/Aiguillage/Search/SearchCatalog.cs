using Aiguillage.Catalogue;
using Aiguillage.Offers;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;

namespace Aiguillage.Search;

/// <summary>What people ask: the text, the directory's filters (codes) and the page.</summary>
public sealed record SearchQuery(
    string Text,
    string? Territory = null,
    string? Stage = null,
    string? Need = null,
    string? Public = null,
    string? Type = null,
    int Page = 1,
    int Size = 20)
{
    public const int MaxLength = 200;
    public const int MaxSize = 100;
}

/// <summary>One result: an offer (with its structure) or a structure, with its score and highlighted fragments.</summary>
public sealed record SearchResultItem(string Kind, int Id, string Name, StructureRef? Structure, double Score, IReadOnlyList<string> Fragments, string Url);

/// <summary>A parameter refused, in French, with the values it accepts.</summary>
public sealed record SearchProblem(string Parameter, string Detail, string? Accepted = null);

public sealed record SearchResult(int Total, int Page, int Size, IReadOnlyList<SearchResultItem> Items, SearchProblem? Problem = null)
{
    public int PageCount => (Total + Size - 1) / Size;
}

/// <summary>Builds the search index of each new snapshot in the background, before the snapshot serves requests.</summary>
public sealed class SearchIndexPreparation : ICataloguePreparation
{
    public void Prepare(CatalogueSnapshot snapshot) => SearchCatalog.IndexOf(snapshot);
}

/// <summary>Full-text search over the directory's snapshot, combined with its filters and a territory.</summary>
public sealed class SearchCatalog(CatalogueProvider catalogue)
{
    public async Task<SearchResult> HandleAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        return Search(snapshot, IndexOf(snapshot), query);
    }

    /// <summary>The search index of a snapshot, built once with it (in the background by <see cref="SearchIndexPreparation"/>).</summary>
    public static SearchIndex IndexOf(CatalogueSnapshot snapshot) => snapshot.Derived(s => SearchIndex.Build(s, s.Taxonomy));

    /// <summary>The search itself, on a given catalogue and its index (what HandleAsync runs on the current ones).</summary>
    public static SearchResult Search(CatalogueSnapshot catalog, SearchIndex index, SearchQuery query)
    {
        var size = Math.Clamp(query.Size, 1, SearchQuery.MaxSize);
        var page = Math.Max(1, query.Page);
        if (Check(query, catalog) is { } problem)
        {
            return new SearchResult(0, page, size, [], problem);
        }

        var filter = query is { Territory: null, Stage: null, Need: null, Public: null, Type: null }
            ? static _ => true
            : index.Cached(string.Join('|', query.Territory, query.Stage, query.Need, query.Public, query.Type), Filter(query, catalog));
        var found = index.Search(query.Text, filter, page, size);
        var terms = found.Hits.Count > 0 ? index.HighlightTerms(found.Plan) : new HighlightTerms(new HashSet<string>(), new HashSet<string>());
        var items = found.Hits.Select(hit =>
        {
            var document = hit.Document;
            var fragments = index.Highlight(document.Description, terms);
            if (fragments.Count == 0)
            {
                fragments = index.Highlight(document.Details, terms, max: 1);
            }

            if (fragments.Count == 0)
            {
                fragments = [SearchIndex.Excerpt(document.Description)];
            }

            var isOffer = document.Kind == SearchDocument.OfferKind;
            return new SearchResultItem(
                document.Kind,
                document.Id,
                document.Name,
                document.Offer is { } offer ? offer.View.Structure : null,
                Math.Round(hit.Score, 4),
                fragments,
                isOffer ? $"/offres/{document.Id}" : $"/structures/{document.Id}");
        }).ToList();
        return new SearchResult(found.Total, page, size, items);
    }

    private static SearchProblem? Check(SearchQuery query, CatalogueSnapshot catalog)
    {
        if (string.IsNullOrWhiteSpace(query.Text))
        {
            return new SearchProblem("q", "Saisissez les mots à rechercher.");
        }

        if (query.Text.Length > SearchQuery.MaxLength)
        {
            return new SearchProblem("q", $"La recherche est limitée à {SearchQuery.MaxLength} caractères.");
        }

        if (query.Territory is { } territory && ParseTerritory(territory, catalog) is null)
        {
            return new SearchProblem(
                "territoire",
                $"« {territory} » n'est pas un territoire connu : region:code, departement:code ou commune:code INSEE sont attendus (par exemple region:75, departement:23, commune:23096).",
                "region:<code>, departement:<code>, commune:<code INSEE>");
        }

        return Term(query.Stage, "etape", TaxonomyKind.Stage)
            ?? Term(query.Need, "besoin", TaxonomyKind.Need)
            ?? Term(query.Public, "public", TaxonomyKind.Public)
            ?? Term(query.Type, "type", TaxonomyKind.OfferType);

        SearchProblem? Term(string? code, string parameter, TaxonomyKind kind) =>
            code is null || catalog.Taxonomy.IsUsable(kind, code)
                ? null
                : new SearchProblem(parameter, $"« {code} » n'est pas {kind.WithArticle()} pour {parameter}.", catalog.Taxonomy.AcceptedCodes(kind));
    }

    /// <summary>"region:75", "departement:23" or "commune:23096" (an arrondissement resolves to its city); null if unknown.</summary>
    public static CoverageZone? ParseTerritory(string value, CatalogueSnapshot catalog)
    {
        if (!CoverageZone.TryParse(value, out var zone))
        {
            return null;
        }

        return zone.Level switch
        {
            TerritoryLevel.Region when catalog.Region(zone.Code) is not null => zone,
            TerritoryLevel.Departement when catalog.Departement(zone.Code) is not null => zone,
            TerritoryLevel.Commune when catalog.Communes.Find(zone.Code) is { } commune => new CoverageZone(TerritoryLevel.Commune, commune.Code),
            _ => null,
        };
    }

    /// <summary>
    /// Offers pass when they accept the stage, need, public and type asked for and are available in the territory.
    /// A structure passes when one of its published offers passes the stage, need, public and type filters (any structure
    /// when none is asked for) and it serves the territory: an offer available there, or its address there.
    /// </summary>
    private static Func<SearchDocument, bool> Filter(SearchQuery query, CatalogueSnapshot catalog)
    {
        var zone = query.Territory is { } territory ? ParseTerritory(territory, catalog) : null;
        var level = zone?.Level ?? TerritoryLevel.Pays;
        var code = zone?.Code ?? TerritoryLevels.FranceCode;
        var available = CatalogueRules.AvailableIn(catalog, level, code) ?? (static _ => false);

        // The same rules as the annuaire and the listings, so a filter means the same thing on every page.
        var filter = new CatalogueFilter(query.Stage, query.Need, query.Public, query.Type);
        return document => document.Offer is { } offer
            ? filter.Accepts(offer.View) && available(offer)
            : document.Structure is { } structure && CatalogueRules.Matches(structure, catalog.OffersOf(structure), filter, level, code, available);
    }
}
