using Aiguillage.Browsing;
using Aiguillage.Offers;
using Aiguillage.Orientation;
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

/// <summary>
/// Holds the search index of the current catalogue for the whole process, and rebuilds it when the catalogue's stamp
/// changes (the catalogue provider checks the stamp), so writes reach the search as they reach the orientation.
/// </summary>
public sealed class SearchIndexProvider(OrientationCatalogProvider catalogs) : IDisposable
{
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private (string Stamp, OrientationCatalog Catalog, SearchIndex Index)? _current;

    public async Task<(OrientationCatalog Catalog, SearchIndex Index)> GetAsync(CancellationToken cancellationToken = default)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        var current = _current;
        if (current is { } ready && ReferenceEquals(ready.Catalog, catalog))
        {
            return (ready.Catalog, ready.Index);
        }

        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            current = _current;
            if (current is { } built && ReferenceEquals(built.Catalog, catalog))
            {
                return (built.Catalog, built.Index);
            }

            var index = SearchIndex.Build(catalog.Browse, catalog.Taxonomy);
            _current = (catalog.Stamp, catalog, index);
            return (catalog, index);
        }
        finally
        {
            _rebuild.Release();
        }
    }

    public void Dispose() => _rebuild.Dispose();
}

/// <summary>Full-text search over the directory's snapshot, combined with its filters and a territory.</summary>
public sealed class SearchCatalog(SearchIndexProvider indexes)
{
    public async Task<SearchResult> HandleAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        var (catalog, index) = await indexes.GetAsync(cancellationToken);
        return Search(catalog, index, query);
    }

    /// <summary>The search itself, on a given catalogue and its index (what HandleAsync runs on the current ones).</summary>
    public static SearchResult Search(OrientationCatalog catalog, SearchIndex index, SearchQuery query)
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

    private static SearchProblem? Check(SearchQuery query, OrientationCatalog catalog)
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
    public static CoverageZone? ParseTerritory(string value, OrientationCatalog catalog)
    {
        if (!CoverageZone.TryParse(value, out var zone))
        {
            return null;
        }

        return zone.Level switch
        {
            TerritoryLevel.Region when catalog.Browse.Region(zone.Code) is not null => zone,
            TerritoryLevel.Departement when catalog.Browse.Departement(zone.Code) is not null => zone,
            TerritoryLevel.Commune when catalog.Communes.Find(zone.Code) is { } commune => new CoverageZone(TerritoryLevel.Commune, commune.Code),
            _ => null,
        };
    }

    /// <summary>
    /// Offers pass when they accept the stage, need, public and type asked for and are available in the territory.
    /// A structure passes when one of its published offers passes the stage, need, public and type filters (any structure
    /// when none is asked for) and it serves the territory: an offer available there, or its address there.
    /// </summary>
    private static Func<SearchDocument, bool> Filter(SearchQuery query, OrientationCatalog catalog)
    {
        var browse = catalog.Browse;
        var zone = query.Territory is { } territory ? ParseTerritory(territory, catalog) : null;
        var commune = zone is { Level: TerritoryLevel.Commune } ? catalog.Communes.Find(zone.Code)?.Location : null;

        // The same attribute rule as the annuaire, so a filter means the same thing on both pages.
        var filter = new DirectoryFilter(query.Stage, query.Need, query.Public, query.Type);

        bool Accepts(BrowseOffer offer) => filter.Accepts(offer.View);

        bool Available(BrowseOffer offer) =>
            zone is null
            || (commune is not null ? offer.Indexed.Zones.Any(z => z.Contains(commune)) : offer.Footprint.IsAvailableIn(zone.Level, zone.Code));

        bool Serves(StructureEntry structure) =>
            zone is null
            || (commune is not null
                ? structure.CommuneCode == commune.CommuneCode || browse.OffersOf(structure).Any(Available)
                : browse.Serves(structure, zone.Level, zone.Code));

        return document => document.Offer is { } offer
            ? Accepts(offer) && Available(offer)
            : document.Structure is { } structure && (filter.IsEmpty || browse.OffersOf(structure).Any(Accepts)) && Serves(structure);
    }
}
