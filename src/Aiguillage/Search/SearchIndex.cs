using System.Collections;
using System.Collections.Concurrent;
using System.Text;
using Aiguillage.Catalogue;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Aiguillage.Search;

/// <summary>What one search document stands for: an offer or a structure of the snapshot, and the texts shown for it.</summary>
public sealed record SearchDocument(
    string Kind,
    int Id,
    string Name,
    string Description,
    string StructureName,
    string Networks,
    string Labels,
    string Places,
    IReadOnlyCollection<string> Zones,
    CatalogueOffer? Offer,
    StructureEntry? Structure)
{
    /// <summary>The document's position in its index.</summary>
    public int Ord { get; init; }

    /// <summary>The other indexed texts, in one line: what a fragment shows when the match is there.</summary>
    public string Details => string.Join(" · ", new[] { StructureName, Networks, Labels, Places }.Where(t => t.Length > 0));

    public const string OfferKind = "offre";
    public const string StructureKind = "structure";
}

/// <summary>One hit before paging: its rank keys. AllTerms is true when every query word matched.</summary>
public readonly record struct SearchHitRank(SearchDocument Document, float Score, bool AllTerms);

/// <summary>
/// An immutable Lucene index in memory over one <see cref="CatalogueSnapshot"/>: one document per published offer and one per
/// active structure. Built once per catalogue stamp, then only read (IndexSearcher is safe across threads).
/// </summary>
public sealed class SearchIndex
{
    private const string Ord = "ord";
    private const string Title = "title";
    private const string Body = "body";
    private const string StructureName = "structure";
    private const string Networks = "networks";
    private const string Labels = "labels";
    private const string Places = "places";
    private const string Exact = "exact";
    private const string Zone = "zone";
    private const string Nationwide = "pays:FR";
    private const int MaxTerms = 16;
    private const int MaxCachedFilters = 1_000;

    // Where a word is found says how much it tells: a name is the strongest sign, a description the weakest.
    private static readonly (string Field, float Boost)[] Fields =
        [(Title, 3f), (StructureName, 1.5f), (Networks, 1.5f), (Places, 1.5f), (Labels, 1f), (Body, 1f)];

    private readonly SearchDocument[] _documents;
    private readonly IndexSearcher _searcher;
    private readonly Dictionary<string, string[]> _territories;
    private readonly ConcurrentDictionary<string, BitArray> _filters = new(StringComparer.Ordinal);
    // Analyzers keep their token streams per thread, so one instance of each serves every request.
    private static readonly FrenchSearchAnalyzer QueryAnalyzer = FrenchSearchAnalyzer.ForQuery();
    private static readonly FrenchSearchAnalyzer IndexAnalyzer = FrenchSearchAnalyzer.ForIndex();
    private static readonly ExactAnalyzer ExactWords = new();

    private SearchIndex(SearchDocument[] documents, IndexSearcher searcher, Dictionary<string, string[]> territories)
    {
        _documents = documents;
        _searcher = searcher;
        _territories = territories;
    }

    public static SearchIndex Empty { get; } = Build(CatalogueSnapshot.Empty, new TaxonomySnapshot([]));

    public int Count => _documents.Length;

    public static SearchIndex Build(CatalogueSnapshot catalog, TaxonomySnapshot taxonomy)
    {
        var documents = Documents(catalog, taxonomy).Select((d, ord) => d with { Ord = ord }).ToArray();
        // The old index is left to the garbage collector rather than disposed: requests may still be reading it.
        LuceneDirectory directory = new RAMDirectory();
        var analyzers = new Dictionary<string, Lucene.Net.Analysis.Analyzer> { [Exact] = new ExactAnalyzer() };
        var config = new IndexWriterConfig(FrenchSearchAnalyzer.Version, new Lucene.Net.Analysis.Miscellaneous.PerFieldAnalyzerWrapper(FrenchSearchAnalyzer.ForIndex(), analyzers))
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var ord = 0; ord < documents.Length; ord++)
            {
                writer.AddDocument(ToLucene(ord, documents[ord]));
            }

            writer.Commit();
        }

        // A région or département named in a query ("DLA Creuse") means "available there": its analysed name leads to its zone key.
        var territories = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var territory in catalog.Regions.Concat(catalog.Departements))
        {
            var name = string.Join(' ', QueryAnalyzer.Tokens(territory.Name).Select(t => t.Term));
            var key = $"{territory.Level.ToCode()}:{territory.Code}";
            if (name.Length > 0)
            {
                territories[name] = territories.TryGetValue(name, out var keys) ? [.. keys, key] : [key];
            }
        }

        return new SearchIndex(documents, new IndexSearcher(DirectoryReader.Open(directory)), territories);
    }

    /// <summary>
    /// The hits of a text that pass the filter, ranked: documents matching every word first, then those matching at least
    /// half of them; within each, score descending, then offers before structures, then name, then id (ordinal), so equal
    /// scores always come out in the same order.
    /// </summary>
    public SearchPage Search(string text, Func<SearchDocument, bool> allow, int page, int size)
    {
        var plan = Plan(text);
        if (plan.Clauses.Count == 0)
        {
            return new SearchPage(0, [], plan);
        }

        var some = Combine(plan.Clauses, (plan.Clauses.Count + 1) / 2);
        var hits = new HitCollector(_documents, allow);
        _searcher.Search(some, hits);

        var all = new bool[_documents.Length];
        if (plan.Clauses.Count > 1)
        {
            var complete = new HitCollector(_documents, allow, all);
            _searcher.Search(Combine(plan.Clauses, plan.Clauses.Count), complete);
        }
        else
        {
            foreach (var (ord, _) in hits.Hits)
            {
                all[ord] = true;
            }
        }

        var wanted = Math.Min(hits.Hits.Count, (long)page * size);
        var top = new PriorityQueue<SearchHitRank, SearchHitRank>(RankComparer.Reversed);
        foreach (var (ord, score) in hits.Hits)
        {
            var rank = new SearchHitRank(_documents[ord], score, all[ord]);
            if (top.Count < wanted)
            {
                top.Enqueue(rank, rank);
            }
            else if (wanted > 0 && RankComparer.Instance.Compare(rank, top.Peek()) < 0)
            {
                top.EnqueueDequeue(rank, rank);
            }
        }

        var ranked = new SearchHitRank[top.Count];
        for (var i = ranked.Length - 1; i >= 0; i--)
        {
            ranked[i] = top.Dequeue();
        }

        return new SearchPage(hits.Hits.Count, ranked.Skip((page - 1) * size).ToArray(), plan);
    }

    /// <summary>
    /// The documents a filter lets through, computed once per index and filter key: the same territories and codes come
    /// back all the time, and testing one bit per hit costs far less than the footprint look-ups.
    /// </summary>
    public Func<SearchDocument, bool> Cached(string key, Func<SearchDocument, bool> filter)
    {
        if (!_filters.TryGetValue(key, out var bits))
        {
            bits = new BitArray(_documents.Length);
            for (var ord = 0; ord < _documents.Length; ord++)
            {
                bits[ord] = filter(_documents[ord]);
            }

            if (_filters.Count < MaxCachedFilters)
            {
                _filters.TryAdd(key, bits);
            }
        }

        return document => bits[document.Ord];
    }

    /// <summary>The terms a page's fragments highlight: the query's terms, and the words its typo tolerance accepted.</summary>
    public HighlightTerms HighlightTerms(SearchPlan plan)
    {
        var exact = new HashSet<string>(plan.ExactWords, StringComparer.Ordinal);
        exact.UnionWith(plan.FuzzyWords);
        return new HighlightTerms(plan.Clauses.SelectMany(c => c.Terms).ToHashSet(StringComparer.Ordinal), exact);
    }

    /// <summary>
    /// Up to <paramref name="max"/> extracts of the text around the matched words, HTML-encoded, with only the matches
    /// wrapped in &lt;mark&gt;: safe to insert as HTML.
    /// </summary>
    public IReadOnlyList<string> Highlight(string text, HighlightTerms terms, int max = 2, int width = 200)
    {
        var spans = IndexAnalyzer.Tokens(text).Where(t => terms.Stems.Contains(t.Term)).Select(t => (t.Start, t.End))
            .Concat(ExactWords.Tokens(text).Where(t => terms.Words.Contains(t.Term)).Select(t => (t.Start, t.End)))
            .Where(s => s.End > s.Start && s.End <= text.Length)
            .OrderBy(s => s.Start).ThenByDescending(s => s.End)
            .ToList();
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        var fragments = new List<string>();
        var next = 0;
        while (next < merged.Count && fragments.Count < max)
        {
            var start = WordStart(text, Math.Max(0, merged[next].Start - (width / 4)));
            var end = WordEnd(text, Math.Max(merged[next].End, Math.Min(text.Length, start + width)));
            var builder = new StringBuilder();
            if (start > 0)
            {
                builder.Append('…');
            }

            var position = start;
            while (next < merged.Count && merged[next].End <= end)
            {
                builder.Append(Encode(text[position..merged[next].Start])).Append("<mark>")
                    .Append(Encode(text[merged[next].Start..merged[next].End])).Append("</mark>");
                position = merged[next].End;
                next++;
            }

            builder.Append(Encode(text[position..end]));
            if (end < text.Length)
            {
                builder.Append('…');
            }

            fragments.Add(builder.ToString());
        }

        return fragments;
    }

    /// <summary>The start of a text, cut at a word, HTML-encoded: the fragment shown when no word matched the text.</summary>
    public static string Excerpt(string text, int width = 200) =>
        text.Length <= width ? Encode(text) : Encode(text[..WordEnd(text, width)]) + "…";

    /// <summary>Encodes the five characters that matter in HTML text and attributes; nothing else is needed for safety.</summary>
    public static string Encode(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// Reads the text as words, never as Lucene syntax (quotes, parentheses, AND, * are ordinary characters here), so no
    /// input can make the query fail. One clause per distinct term: the term in every field, boosted by field, and for a
    /// word of 5 letters or more a fuzzy match on the unstemmed words (1 edit, 2 from 8 letters) at a low boost, so that an
    /// exact match always ranks before a typo. Words that name a région or a département also match the documents
    /// available there, nationwide ones with a lower boost than local ones.
    /// </summary>
    public SearchPlan Plan(string text)
    {
        var exactByStart = new Dictionary<int, string>();
        foreach (var token in ExactWords.Tokens(text))
        {
            exactByStart.TryAdd(token.Start, token.Term);
        }

        var tokens = QueryAnalyzer.Tokens(text);
        var clauses = new List<SearchClause>();
        var fuzzyWords = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        var position = 0;
        while (position < tokens.Count && clauses.Count < MaxTerms)
        {
            var length = 1;
            string[]? zones = null;
            for (var candidate = Math.Min(4, tokens.Count - position); candidate >= 1 && zones is null; candidate--)
            {
                if (_territories.TryGetValue(string.Join(' ', tokens.Skip(position).Take(candidate).Select(t => t.Term)), out var found))
                {
                    (zones, length) = (found, candidate);
                }
            }

            var group = tokens.Skip(position).Take(length).ToArray();
            position += length;
            var terms = group.Select(t => t.Term).ToArray();
            var key = string.Join(' ', terms);
            if (clauses.Any(c => c.Key == key))
            {
                continue;
            }

            Query query;
            if (zones is null)
            {
                query = TextClause(group[0], exactByStart, fuzzyWords, words);
            }
            else
            {
                var place = new DisjunctionMaxQuery(0.1f);
                if (group.Length == 1)
                {
                    place.Add(TextClause(group[0], exactByStart, fuzzyWords, words));
                }
                else
                {
                    var phrase = new BooleanQuery();
                    foreach (var token in group)
                    {
                        phrase.Add(TextClause(token, exactByStart, fuzzyWords, words), Occur.MUST);
                    }

                    place.Add(phrase);
                }

                foreach (var zone in zones)
                {
                    place.Add(new TermQuery(new Term(Zone, zone)) { Boost = 1.5f });
                }

                place.Add(new TermQuery(new Term(Zone, Nationwide)) { Boost = 0.3f });
                query = place;
            }

            clauses.Add(new SearchClause(key, terms, query));
        }

        return new SearchPlan(clauses, fuzzyWords, words);
    }

    private DisjunctionMaxQuery TextClause(SearchToken token, Dictionary<int, string> exactByStart, HashSet<string> fuzzyWords, List<string> words)
    {
        var clause = new DisjunctionMaxQuery(0.1f);
        foreach (var (field, boost) in Fields)
        {
            clause.Add(new TermQuery(new Term(field, token.Term)) { Boost = boost });
        }

        if (!token.Synonym && exactByStart.TryGetValue(token.Start, out var word))
        {
            words.Add(word);
            var edits = word.Length >= 8 ? 2 : word.Length >= 5 ? 1 : 0;
            // A word the index knows is taken as meant: typo tolerance only for words found nowhere, which keeps correct
            // queries as fast as exact search (expanding a fuzzy term walks the term dictionary).
            if (edits > 0 && Fields.All(f => _searcher.IndexReader.DocFreq(new Term(f.Field, token.Term)) == 0))
            {
                // Expanded once here, not at each of the two passes (walking the term dictionary is the costly part), and
                // only to words whose stem differs from the query's: the others are already found by the stemmed fields.
                var expanded = new HashSet<Term>();
                _searcher.Rewrite(new FuzzyQuery(new Term(Exact, word), edits, 1, 10, true)).ExtractTerms(expanded);
                var neighbours = new BooleanQuery();
                foreach (var neighbour in expanded.Select(t => t.Text).Where(t => t != word).Order(StringComparer.Ordinal))
                {
                    if (IndexAnalyzer.Tokens(neighbour) is [var stem, ..] && stem.Term != token.Term)
                    {
                        neighbours.Add(new TermQuery(new Term(Exact, neighbour)) { Boost = 0.3f }, Occur.SHOULD);
                        fuzzyWords.Add(neighbour);
                    }
                }

                if (neighbours.Clauses.Count > 0)
                {
                    clause.Add(neighbours);
                }
            }
        }

        return clause;
    }

    private static BooleanQuery Combine(IReadOnlyList<SearchClause> clauses, int minimum)
    {
        var query = new BooleanQuery { MinimumNumberShouldMatch = minimum };
        foreach (var clause in clauses)
        {
            query.Add(clause.Query, Occur.SHOULD);
        }

        return query;
    }

    private static int WordStart(string text, int index)
    {
        if (index <= 0)
        {
            return 0;
        }

        var space = text.IndexOf(' ', index);
        return space < 0 || space > index + 30 ? index : space + 1;
    }

    private static int WordEnd(string text, int index)
    {
        if (index >= text.Length)
        {
            return text.Length;
        }

        var space = text.LastIndexOf(' ', index);
        return space <= 0 || space < index - 30 ? index : space;
    }

    private static Document ToLucene(int ord, SearchDocument source)
    {
        Document document =
        [
        new NumericDocValuesField(Ord, ord),
        new TextField(Title, source.Name, Field.Store.NO),
        new TextField(Body, source.Description, Field.Store.NO),
        new TextField(StructureName, source.StructureName, Field.Store.NO),
        new TextField(Networks, source.Networks, Field.Store.NO),
        new TextField(Labels, source.Labels, Field.Store.NO),
        new TextField(Places, source.Places, Field.Store.NO),
        new TextField(Exact, source.Name + "\n" + source.Description + "\n" + source.Details, Field.Store.NO),
        ];
        foreach (var zone in source.Zones)
        {
            document.Add(new StringField(Zone, zone, Field.Store.NO));
        }

        return document;
    }

    /// <summary>The zone keys of a footprint: "pays:FR" when nationwide, and each région and département it reaches.</summary>
    private static IEnumerable<string> ZoneKeys(OfferFootprint footprint) =>
        (footprint.National ? [Nationwide] : Array.Empty<string>())
            .Concat(footprint.Regions.Select(r => "region:" + r))
            .Concat(footprint.Departements.Select(d => "departement:" + d));

    private static IEnumerable<SearchDocument> Documents(CatalogueSnapshot catalog, TaxonomySnapshot taxonomy)
    {
        string Join(IEnumerable<string> values) => string.Join(" ; ", values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal));

        foreach (var offer in catalog.Offers)
        {
            var view = offer.View;
            var structure = catalog.Structure(view.Structure.Id);
            yield return new SearchDocument(
                SearchDocument.OfferKind,
                view.Id,
                view.Title,
                view.Description,
                view.Structure.Name,
                Join(structure?.Networks ?? []),
                Join(view.Types.Select(t => taxonomy.Label(TaxonomyKind.OfferType, t))
                    .Concat(view.Instruments.Select(i => taxonomy.Label(TaxonomyKind.FinancialInstrument, i)))),
                Join(view.Zones.Select(z => z.Name)),
                ZoneKeys(offer.Footprint).ToArray(),
                offer,
                structure);
        }

        foreach (var structure in catalog.Structures)
        {
            var places = new[] { structure.CommuneName, structure.DepartementCode is { } d ? catalog.Departement(d)?.Name : null, structure.RegionCode is { } r ? catalog.Region(r)?.Name : null }
                .OfType<string>()
                .Concat(catalog.OffersOf(structure).SelectMany(o => o.View.Zones).Select(z => z.Name));
            yield return new SearchDocument(
                SearchDocument.StructureKind,
                structure.Id,
                structure.Name,
                structure.Description,
                "",
                Join(structure.Networks),
                Join(structure.Kinds.Select(k => taxonomy.Label(TaxonomyKind.StructureKind, k))),
                Join(places),
                new[] { structure.RegionCode is { } region ? "region:" + region : null, structure.DepartementCode is { } departement ? "departement:" + departement : null }
                    .OfType<string>()
                    .Concat(catalog.OffersOf(structure).SelectMany(o => ZoneKeys(o.Footprint)))
                    .Distinct(StringComparer.Ordinal)
                    .ToArray(),
                null,
                structure);
        }
    }

    /// <summary>Collects the hits that pass the filter, with their scores, or only marks them when marks is given.</summary>
    private sealed class HitCollector(SearchDocument[] documents, Func<SearchDocument, bool> allow, bool[]? marks = null) : ICollector
    {
        private Scorer? _scorer;
        private NumericDocValues? _ords;

        public List<(int Ord, float Score)> Hits { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => _ords = context.AtomicReader.GetNumericDocValues(Ord);

        public void Collect(int doc)
        {
            var ord = (int)_ords!.Get(doc);
            if (!allow(documents[ord]))
            {
                return;
            }

            if (marks is not null)
            {
                marks[ord] = true;
            }
            else
            {
                Hits.Add((ord, _scorer!.GetScore()));
            }
        }
    }

    /// <summary>The written order: all words first, score descending, offers before structures, name, id (ordinal).</summary>
    private sealed class RankComparer : IComparer<SearchHitRank>
    {
        public static readonly RankComparer Instance = new();
        public static readonly IComparer<SearchHitRank> Reversed = Comparer<SearchHitRank>.Create((a, b) => Instance.Compare(b, a));

        public int Compare(SearchHitRank x, SearchHitRank y)
        {
            var order = y.AllTerms.CompareTo(x.AllTerms);
            if (order == 0)
            {
                order = y.Score.CompareTo(x.Score);
            }

            if (order == 0)
            {
                order = string.CompareOrdinal(x.Document.Kind, y.Document.Kind);
            }

            if (order == 0)
            {
                order = string.CompareOrdinal(x.Document.Name, y.Document.Name);
            }

            return order != 0 ? order : x.Document.Id.CompareTo(y.Document.Id);
        }
    }
}

/// <summary>One query word as a Lucene clause, with its analysed term.</summary>
public sealed record SearchClause(string Key, IReadOnlyList<string> Terms, Query Query);

/// <summary>How a text was understood: one clause per term, the words typo tolerance accepted, and the folded words typed.</summary>
public sealed record SearchPlan(IReadOnlyList<SearchClause> Clauses, IReadOnlyCollection<string> FuzzyWords, IReadOnlyList<string> ExactWords);

/// <summary>The stems to highlight through the French analyzer, and the folded words accepted by typo tolerance.</summary>
public sealed record HighlightTerms(IReadOnlySet<string> Stems, IReadOnlySet<string> Words);

/// <summary>The number of hits that pass the filters, and the requested page of them, ranked.</summary>
public sealed record SearchPage(int Total, IReadOnlyList<SearchHitRank> Hits, SearchPlan Plan);
