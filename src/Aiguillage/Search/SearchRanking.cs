using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Aiguillage.Search;

/// <summary>One hit before paging: its rank keys. AllTerms is true when every query word matched.</summary>
public readonly record struct SearchHitRank(SearchDocument Document, float Score, bool AllTerms);

/// <summary>The number of hits that pass the filters, and the requested page of them, ranked.</summary>
public sealed record SearchPage(int Total, IReadOnlyList<SearchHitRank> Hits, SearchPlan Plan);

/// <summary>
/// The written order of the hits: documents matching every word first, then those matching at least half of them; within
/// each, score descending, then offers before structures, then name, then id (ordinal), so equal scores always come out
/// in the same order.
/// </summary>
internal static class SearchRanking
{
    public static SearchPage Rank(IndexSearcher searcher, SearchDocument[] documents, SearchPlan plan, Func<SearchDocument, bool> allow, int page, int size)
    {
        if (plan.Clauses.Count == 0)
        {
            return new SearchPage(0, [], plan);
        }

        var some = Combine(plan.Clauses, (plan.Clauses.Count + 1) / 2);
        var hits = new HitCollector(documents, allow);
        searcher.Search(some, hits);

        var all = new bool[documents.Length];
        if (plan.Clauses.Count > 1)
        {
            var complete = new HitCollector(documents, allow, all);
            searcher.Search(Combine(plan.Clauses, plan.Clauses.Count), complete);
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
            var rank = new SearchHitRank(documents[ord], score, all[ord]);
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

    private static BooleanQuery Combine(IReadOnlyList<SearchClause> clauses, int minimum)
    {
        var query = new BooleanQuery { MinimumNumberShouldMatch = minimum };
        foreach (var clause in clauses)
        {
            query.Add(clause.Query, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>Collects the hits that pass the filter, with their scores, or only marks them when marks is given.</summary>
    private sealed class HitCollector(SearchDocument[] documents, Func<SearchDocument, bool> allow, bool[]? marks = null) : ICollector
    {
        private Scorer? _scorer;
        private NumericDocValues? _ords;

        public List<(int Ord, float Score)> Hits { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => _ords = context.AtomicReader.GetNumericDocValues(SearchFields.Ord);

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
