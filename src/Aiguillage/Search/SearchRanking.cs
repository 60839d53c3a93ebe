using System.Collections.Concurrent;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Aiguillage.Search;

/// <summary>One hit before paging: its rank keys. AllTerms is true when every query word matched.</summary>
public readonly record struct SearchHitRank(SearchDocument Document, float Score, bool AllTerms);

/// <summary>The number of hits that pass the filters, and the requested page of them, ranked.</summary>
public sealed record SearchPage(int Total, IReadOnlyList<SearchHitRank> Hits, SearchPlan Plan);

/// <summary>
/// Finds and orders the hits of a plan in one pass over the postings. Lucene's BooleanQuery would score every hit once to
/// know the half-match set and once more to know the all-match set, through a heap of scorers per document; here each
/// clause's disjuncts (a term in a field, a zone) are read one after the other into per-document accumulators, which
/// gives in the same pass the score Lucene would give (the same weights, normalisation and coordination factor), the
/// number of clauses matched, and so the exact total, the all-words flag and the top of the ranking.
/// </summary>
internal sealed class SearchRanking(IndexSearcher searcher, SearchDocument[] documents, int[] ordOfDoc)
{
    // Accumulators are as long as the index: kept per index and reused, never shared by two searches at once.
    private readonly ConcurrentBag<Accumulators> _pool = [];

    /// <summary>
    /// The hits that match at least half of the clauses and pass the filter, ranked in the written order. accepted, when
    /// given, holds the filter's documents by Lucene document number: postings outside it are skipped before scoring.
    /// </summary>
    public SearchPage Rank(SearchPlan plan, Func<SearchDocument, bool> allow, FixedBitSet? accepted, int page, int size)
    {
        var clauses = plan.Clauses;
        if (clauses.Count == 0)
        {
            return new SearchPage(0, [], plan);
        }

        var weights = Weigh(clauses);
        var sums = _pool.TryTake(out var reused) ? reused : new Accumulators(searcher.IndexReader.MaxDoc);
        for (var c = 0; c < weights.Length; c++)
        {
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                IBits? acceptDocs = accepted is null ? leaf.AtomicReader.LiveDocs : new LeafBits(accepted, leaf.DocBase, leaf.AtomicReader.MaxDoc);
                foreach (var weight in weights[c].Disjuncts)
                {
                    if (weight.GetScorer(leaf, acceptDocs) is { } scorer)
                    {
                        sums.AddDisjunct(scorer, leaf.DocBase);
                    }
                }
            }

            sums.EndClause(weights[c].Tie);
        }

        var minimum = (clauses.Count + 1) / 2;
        var wanted = (int)Math.Min(sums.Touched, (long)page * size);
        var top = new PriorityQueue<SearchHitRank, SearchHitRank>(wanted, RankComparer.Reversed);
        var total = 0;
        for (var i = 0; i < sums.Touched; i++)
        {
            var doc = sums.TouchedDoc(i);
            var matched = sums.Matched(doc);
            if (matched < minimum)
            {
                continue;
            }

            var document = documents[ordOfDoc[doc]];
            if (accepted is null && !allow(document))
            {
                continue;
            }

            total++;
            var coord = clauses.Count == 1 ? 1f : searcher.Similarity.Coord(matched, clauses.Count);
            var rank = new SearchHitRank(document, (float)sums.Score(doc) * coord, matched == clauses.Count);
            if (top.Count < wanted)
            {
                top.Enqueue(rank, rank);
            }
            else if (wanted > 0 && RankComparer.Instance.Compare(rank, top.Peek()) < 0)
            {
                top.EnqueueDequeue(rank, rank);
            }
        }

        sums.Clear();
        _pool.Add(sums);

        var ranked = new SearchHitRank[top.Count];
        for (var i = ranked.Length - 1; i >= 0; i--)
        {
            ranked[i] = top.Dequeue();
        }

        return new SearchPage(total, ranked.Skip((page - 1) * size).ToArray(), plan);
    }

    /// <summary>
    /// The weights of each clause's disjuncts, normalised as Lucene normalises BooleanQuery(DisjunctionMaxQuery…): the
    /// query norm comes from the sum over clauses of (max + tie² × others) of the disjuncts' squared weights.
    /// </summary>
    private (Weight[] Disjuncts, float Tie)[] Weigh(IReadOnlyList<SearchClause> clauses)
    {
        var weighed = new (Weight[] Disjuncts, float Tie)[clauses.Count];
        var sum = 0f;
        for (var c = 0; c < clauses.Count; c++)
        {
            var (queries, tie) = clauses[c].Query is DisjunctionMaxQuery disjunction
                ? (disjunction.Disjuncts, disjunction.TieBreakerMultiplier)
                : ([clauses[c].Query], 0f);
            var weights = queries.Select(q => searcher.Rewrite(q).CreateWeight(searcher)).ToArray();
            float max = 0f, all = 0f;
            foreach (var weight in weights)
            {
                var value = weight.GetValueForNormalization();
                all += value;
                max = Math.Max(max, value);
            }

            var boost = clauses[c].Query.Boost;
            sum += (((all - max) * tie * tie) + max) * boost * boost;
            weighed[c] = (weights, tie);
        }

        var norm = searcher.Similarity.QueryNorm(sum);
        if (float.IsInfinity(norm) || float.IsNaN(norm))
        {
            norm = 1f;
        }

        for (var c = 0; c < clauses.Count; c++)
        {
            foreach (var weight in weighed[c].Disjuncts)
            {
                weight.Normalize(norm, clauses[c].Query.Boost);
            }
        }

        return weighed;
    }

    /// <summary>
    /// Per-document sums for one search: the clause being read (max and sum of its disjuncts), then the query's (sum of
    /// clause scores, number of clauses matched), with the list of documents touched so that only they are read and reset.
    /// </summary>
    private sealed class Accumulators(int maxDoc)
    {
        private readonly double[] _score = new double[maxDoc];
        private readonly byte[] _matched = new byte[maxDoc];
        private readonly int[] _touched = new int[maxDoc];
        private readonly float[] _clauseMax = new float[maxDoc];
        private readonly float[] _clauseSum = new float[maxDoc];
        private readonly bool[] _inClause = new bool[maxDoc];
        private readonly int[] _clauseTouched = new int[maxDoc];
        private int _clauseCount;

        public int Touched { get; private set; }

        public int TouchedDoc(int i) => _touched[i];

        public int Matched(int doc) => _matched[doc];

        public double Score(int doc) => _score[doc];

        public void AddDisjunct(Scorer scorer, int docBase)
        {
            int doc;
            while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                var global = docBase + doc;
                var score = scorer.GetScore();
                if (_inClause[global])
                {
                    _clauseSum[global] += score;
                    _clauseMax[global] = Math.Max(_clauseMax[global], score);
                }
                else
                {
                    _inClause[global] = true;
                    _clauseTouched[_clauseCount++] = global;
                    _clauseSum[global] = score;
                    _clauseMax[global] = score;
                }
            }
        }

        public void EndClause(float tie)
        {
            for (var i = 0; i < _clauseCount; i++)
            {
                var doc = _clauseTouched[i];
                var max = _clauseMax[doc];
                _score[doc] += max + ((_clauseSum[doc] - max) * tie);
                if (_matched[doc]++ == 0)
                {
                    _touched[Touched++] = doc;
                }

                _inClause[doc] = false;
            }

            _clauseCount = 0;
        }

        public void Clear()
        {
            for (var i = 0; i < Touched; i++)
            {
                var doc = _touched[i];
                _score[doc] = 0;
                _matched[doc] = 0;
            }

            Touched = 0;
        }
    }

    /// <summary>One segment's view of a filter kept by global document number.</summary>
    private sealed class LeafBits(FixedBitSet all, int docBase, int length) : IBits
    {
        public int Length => length;

        public bool Get(int index) => all.Get(docBase + index);
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
