using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Aiguillage.Search;

/// <summary>The stems to highlight through the French analyzer, and the folded words accepted by typo tolerance.</summary>
public sealed record HighlightTerms(IReadOnlySet<string> Stems, IReadOnlySet<string> Words);

/// <summary>
/// Extracts of a result's text around the words the query matched, written by our code: the text is HTML-encoded, then
/// only &lt;mark&gt; tags are added, so the API and the page can insert them as they are.
/// </summary>
internal static class SearchHighlighter
{
    private static readonly FrenchSearchAnalyzer IndexAnalyzer = FrenchSearchAnalyzer.ForIndex();
    private static readonly ExactAnalyzer ExactWords = new();

    /// <summary>The terms a page's fragments highlight: the query's terms, and the words its typo tolerance accepted.</summary>
    public static HighlightTerms Terms(SearchPlan plan)
    {
        var exact = new HashSet<string>(plan.ExactWords, StringComparer.Ordinal);
        exact.UnionWith(plan.FuzzyWords);
        return new HighlightTerms(plan.Clauses.SelectMany(c => c.Terms).ToHashSet(StringComparer.Ordinal), exact);
    }

    /// <summary>
    /// Up to <paramref name="max"/> extracts of the text around the matched words, HTML-encoded, with only the matches
    /// wrapped in &lt;mark&gt;: safe to insert as HTML.
    /// </summary>
    public static IReadOnlyList<string> Highlight(string text, HighlightTerms terms, int max, int width)
    {
        var spans = new List<(int Start, int End)>();
        AddMatches(IndexAnalyzer, text, terms.Stems, spans);
        AddMatches(ExactWords, text, terms.Words, spans);
        spans.RemoveAll(s => s.End <= s.Start || s.End > text.Length);
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
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
    public static string Excerpt(string text, int width) =>
        text.Length <= width ? Encode(text) : Encode(text[..WordEnd(text, width)]) + "…";

    /// <summary>Encodes the five characters that matter in HTML text and attributes; nothing else is needed for safety.</summary>
    public static string Encode(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>
    /// The offsets of the words of a text whose term is one of the terms, read straight from the token stream: a page
    /// analyses forty texts, and a term object per word was most of a search's allocations.
    /// </summary>
    private static void AddMatches(Analyzer analyzer, string text, IReadOnlySet<string> terms, List<(int Start, int End)> spans)
    {
        if (terms.Count == 0)
        {
            return;
        }

        var fast = terms is HashSet<string> set && set.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup) ? lookup : default;
        using var stream = analyzer.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var word = term.Buffer.AsSpan(0, term.Length);
            if (fast.Set is not null ? fast.Contains(word) : terms.Contains(word.ToString()))
            {
                spans.Add((offset.StartOffset, offset.EndOffset));
            }
        }

        stream.End();
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
}
