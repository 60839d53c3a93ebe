using Aiguillage.Catalogue;
using Aiguillage.Territories;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Aiguillage.Search;

/// <summary>One query word as a Lucene clause, with its analysed term.</summary>
public sealed record SearchClause(string Key, IReadOnlyList<string> Terms, Query Query);

/// <summary>How a text was understood: one clause per term, the words typo tolerance accepted, and the folded words typed.</summary>
public sealed record SearchPlan(IReadOnlyList<SearchClause> Clauses, IReadOnlyCollection<string> FuzzyWords, IReadOnlyList<string> ExactWords);

/// <summary>
/// Turns what people type into a <see cref="SearchPlan"/> for one index: it asks the index which words it knows (typo
/// tolerance is only for the others) and knows the names of the régions and départements of its snapshot.
/// </summary>
internal sealed class SearchPlanner
{
    private const int MaxTerms = 16;
    private const int MaxNeighbours = 10;

    // A typo's neighbours weigh less than the word itself in the same field, so an exact match always ranks first.
    private const float TypoWeight = 0.3f;

    // Analyzers keep their token streams per thread, so one instance of each serves every request.
    private static readonly FrenchSearchAnalyzer QueryAnalyzer = FrenchSearchAnalyzer.ForQuery();
    private static readonly FrenchSearchAnalyzer IndexAnalyzer = FrenchSearchAnalyzer.ForIndex();
    private static readonly ExactAnalyzer ExactWords = new();

    private readonly IndexSearcher _searcher;
    private readonly SearchVocabulary _vocabulary;
    private readonly Dictionary<string, string[]> _territories;

    public SearchPlanner(IndexSearcher searcher, SearchVocabulary vocabulary, CatalogueSnapshot catalog)
    {
        _searcher = searcher;
        _vocabulary = vocabulary;

        // A région or département named in a query ("DLA Creuse") means "available there": its analysed name leads to its zone key.
        _territories = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var territory in catalog.Regions.Concat(catalog.Departements))
        {
            var name = string.Join(' ', QueryAnalyzer.Tokens(territory.Name).Select(t => t.Term));
            var key = $"{territory.Level.ToCode()}:{territory.Code}";
            if (name.Length > 0)
            {
                _territories[name] = _territories.TryGetValue(name, out var keys) ? [.. keys, key] : [key];
            }
        }
    }

    /// <summary>
    /// Reads the text as words, never as Lucene syntax (quotes, parentheses, AND, * are ordinary characters here), so no
    /// input can make the query fail. One clause per distinct term: the term in every field, boosted by field, and for a
    /// word of 5 letters or more that the index does not know, the words of the index within 1 edit (2 from 8 letters),
    /// searched by their stems at a lower boost, so that an exact match always ranks before a typo. Words that name a
    /// région or a département also match the documents available there, nationwide ones with a lower boost than local ones.
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
                    place.Add(new TermQuery(new Term(SearchFields.Zone, zone)) { Boost = 1.5f });
                }

                place.Add(new TermQuery(new Term(SearchFields.Zone, SearchDocument.Nationwide)) { Boost = 0.3f });
                query = place;
            }

            clauses.Add(new SearchClause(key, terms, query));
        }

        return new SearchPlan(clauses, fuzzyWords, words);
    }

    private DisjunctionMaxQuery TextClause(SearchToken token, Dictionary<int, string> exactByStart, HashSet<string> fuzzyWords, List<string> words)
    {
        var clause = new DisjunctionMaxQuery(0.1f);
        AddFields(clause, token.Term, 1f);
        if (!token.Synonym && exactByStart.TryGetValue(token.Start, out var word))
        {
            words.Add(word);
            var edits = word.Length >= 8 ? 2 : word.Length >= 5 ? 1 : 0;
            // A word the index knows is taken as meant: typo tolerance only for words found nowhere, which keeps correct
            // queries as fast as exact search.
            if (edits > 0 && SearchFields.Weighted.All(f => _searcher.IndexReader.DocFreq(new Term(f.Field, token.Term)) == 0))
            {
                // A neighbour is searched by its stem, in the same fields at a lower weight, and only if that stem differs
                // from the query's (the others are already found by the query's own term).
                var stems = new HashSet<string>(StringComparer.Ordinal);
                foreach (var neighbour in _vocabulary.Neighbours(word, edits, MaxNeighbours))
                {
                    if (IndexAnalyzer.Tokens(neighbour) is [var stem, ..] && stem.Term != token.Term)
                    {
                        fuzzyWords.Add(neighbour);
                        if (stems.Add(stem.Term))
                        {
                            AddFields(clause, stem.Term, TypoWeight);
                        }
                    }
                }
            }
        }

        return clause;
    }

    private static void AddFields(DisjunctionMaxQuery clause, string term, float weight)
    {
        foreach (var (field, boost) in SearchFields.Weighted)
        {
            clause.Add(new TermQuery(new Term(field, term)) { Boost = boost * weight });
        }
    }
}
