using System.Collections.Frozen;

namespace Aiguillage.Search;

/// <summary>
/// The distinct words of an index, folded but not stemmed, and their neighbours within a few edits: what typo tolerance
/// proposes for a word the index does not know. Lucene's FuzzyQuery did this on an indexed field, but it builds a
/// Levenshtein automaton per query (2 to 7 ms for a word of 10 letters, so up to 100 ms for 16 unknown words) and needs
/// every text analysed a second time into that field; a bounded edit distance over the words that share the first letter
/// takes a fraction of a millisecond.
/// </summary>
internal sealed class SearchVocabulary
{
    private readonly FrozenDictionary<char, string[]> _byFirstLetter;

    public SearchVocabulary(IEnumerable<string> words) =>
        _byFirstLetter = words.Where(w => w.Length > 0)
            .GroupBy(w => w[0])
            .ToFrozenDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());

    /// <summary>
    /// Up to <paramref name="max"/> other words of the vocabulary within <paramref name="edits"/> edits of
    /// <paramref name="word"/> (an insertion, a deletion, a substitution or two neighbouring letters swapped), with the same
    /// first letter as people rarely mistype it: the closest first, then in ordinal order.
    /// </summary>
    public IReadOnlyList<string> Neighbours(string word, int edits, int max)
    {
        if (word.Length == 0 || !_byFirstLetter.TryGetValue(word[0], out var candidates))
        {
            return [];
        }

        var found = new List<(int Distance, string Word)>();
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - word.Length) <= edits && candidate != word
                && Distance(word.AsSpan(1), candidate.AsSpan(1), edits) is var distance && distance <= edits)
            {
                found.Add((distance, candidate));
            }
        }

        return found.OrderBy(f => f.Distance).ThenBy(f => f.Word, StringComparer.Ordinal).Take(max).Select(f => f.Word).ToList();
    }

    /// <summary>
    /// The optimal string alignment distance between two words (Damerau-Levenshtein where a swapped pair is not edited
    /// again), or limit + 1 as soon as it must exceed limit.
    /// </summary>
    internal static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        // Three rows of the edit table: the one before last (for swaps), the last one, and the one being filled.
        Span<int> rows = stackalloc int[3 * (b.Length + 1)];
        var before = rows[..(b.Length + 1)];
        var last = rows.Slice(b.Length + 1, b.Length + 1);
        var current = rows[(2 * (b.Length + 1))..];
        for (var j = 0; j <= b.Length; j++)
        {
            last[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(last[j] + 1, current[j - 1] + 1), last[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
                best = Math.Min(best, value);
            }

            if (best > limit)
            {
                return limit + 1;
            }

            var recycled = before;
            before = last;
            last = current;
            current = recycled;
        }

        return Math.Min(last[b.Length], limit + 1);
    }
}
