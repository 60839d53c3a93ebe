using System.Collections.Concurrent;
using Aiguillage.Catalogue;
using Aiguillage.Taxonomy;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Aiguillage.Search;

/// <summary>
/// An immutable Lucene index in memory over one <see cref="CatalogueSnapshot"/>: one document per published offer and one per
/// active structure. Built once per catalogue stamp, then only read (IndexSearcher is safe across threads). The work is
/// split along its seams: <see cref="SearchDocument"/> (what is indexed), <see cref="SearchFields"/> (how it is written),
/// <see cref="SearchPlanner"/> (how a text becomes clauses, with <see cref="SearchVocabulary"/> for typos),
/// <see cref="SearchRanking"/> (which hits, in which order) and <see cref="SearchHighlighter"/> (the fragments shown).
/// </summary>
public sealed class SearchIndex
{
    private const int MaxCachedFilters = 1_000;

    private readonly SearchDocument[] _documents;
    private readonly int[] _docOfOrd;
    private readonly int _maxDoc;
    private readonly SearchPlanner _planner;
    private readonly SearchRanking _ranking;
    private readonly ConcurrentDictionary<string, SearchFilter> _filters = new(StringComparer.Ordinal);

    private SearchIndex(SearchDocument[] documents, IndexSearcher searcher, SearchPlanner planner)
    {
        _documents = documents;
        _planner = planner;

        // Lucene numbers documents its own way (segments, merges): the "ord" values map them back to the snapshot's order.
        _maxDoc = searcher.IndexReader.MaxDoc;
        var ordOfDoc = new int[_maxDoc];
        _docOfOrd = new int[documents.Length];
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var ords = leaf.AtomicReader.GetNumericDocValues(SearchFields.Ord);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                var ord = (int)ords.Get(doc);
                ordOfDoc[leaf.DocBase + doc] = ord;
                _docOfOrd[ord] = leaf.DocBase + doc;
            }
        }

        _ranking = new SearchRanking(searcher, documents, ordOfDoc);
    }

    public static SearchIndex Empty { get; } = Build(CatalogueSnapshot.Empty, new TaxonomySnapshot([]));

    public int Count => _documents.Length;

    public static SearchIndex Build(CatalogueSnapshot catalog, TaxonomySnapshot taxonomy)
    {
        var documents = SearchDocument.From(catalog, taxonomy);
        // The old index is left to the garbage collector rather than disposed: requests may still be reading it.
        var (directory, vocabulary) = SearchFields.Write(documents);
        var searcher = new IndexSearcher(DirectoryReader.Open(directory));
        return new SearchIndex(documents, searcher, new SearchPlanner(searcher, vocabulary, catalog));
    }

    /// <summary>
    /// The hits of a text that pass the filter, ranked: documents matching every word first, then those matching at least
    /// half of them; within each, score descending, then offers before structures, then name, then id (ordinal), so equal
    /// scores always come out in the same order.
    /// </summary>
    public SearchPage Search(string text, Func<SearchDocument, bool> allow, int page, int size) =>
        // A filter from Cached carries its documents as bits, which the ranking applies to the postings before scoring; any
        // other filter is asked about each hit.
        _ranking.Rank(Plan(text), allow, (allow.Target as SearchFilter)?.Docs, page, size);

    /// <summary>
    /// The documents a filter lets through, computed once per index and filter key: the same territories and codes come
    /// back all the time, and testing one bit per hit costs far less than the footprint look-ups.
    /// </summary>
    public Func<SearchDocument, bool> Cached(string key, Func<SearchDocument, bool> filter)
    {
        if (!_filters.TryGetValue(key, out var cached))
        {
            var docs = new FixedBitSet(_maxDoc);
            for (var ord = 0; ord < _documents.Length; ord++)
            {
                if (filter(_documents[ord]))
                {
                    docs.Set(_docOfOrd[ord]);
                }
            }

            cached = new SearchFilter(docs, _docOfOrd);
            if (_filters.Count < MaxCachedFilters)
            {
                _filters.TryAdd(key, cached);
            }
        }

        return cached.Allows;
    }

    /// <inheritdoc cref="SearchPlanner.Plan"/>
    public SearchPlan Plan(string text) => _planner.Plan(text);

    /// <inheritdoc cref="SearchHighlighter.Terms"/>
    public HighlightTerms HighlightTerms(SearchPlan plan) => SearchHighlighter.Terms(plan);

    /// <inheritdoc cref="SearchHighlighter.Highlight"/>
    public IReadOnlyList<string> Highlight(string text, HighlightTerms terms, int max = 2, int width = 200) =>
        SearchHighlighter.Highlight(text, terms, max, width);

    /// <inheritdoc cref="SearchHighlighter.Excerpt"/>
    public static string Excerpt(string text, int width = 200) => SearchHighlighter.Excerpt(text, width);

    /// <inheritdoc cref="SearchHighlighter.Encode"/>
    public static string Encode(string text) => SearchHighlighter.Encode(text);

    /// <summary>A cached filter: its documents by Lucene document number, one bit each.</summary>
    private sealed class SearchFilter(FixedBitSet docs, int[] docOfOrd)
    {
        public FixedBitSet Docs => docs;

        public bool Allows(SearchDocument document) => docs.Get(docOfOrd[document.Ord]);
    }
}
