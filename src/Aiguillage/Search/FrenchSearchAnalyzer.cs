using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Aiguillage.Search;

/// <summary>
/// How French text becomes search terms: words → elision (l', d', qu'…) → lower case → accents folded → the curated
/// synonyms (<see cref="Synonyms"/>) → French stop words → FrenchLightStemFilter, with a few curated stems first.
/// The indexing flavour keeps the words and adds each synonym group's key; the query flavour replaces a variant by its
/// key, so that a query word is one clause however the concept is written.
/// </summary>
public sealed class FrenchSearchAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet Articles = new(
        Version, new[] { "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu" }, true);

    private static readonly CharArraySet StopWords = new(Version, FrenchAnalyzer.DefaultStopSet.Select(Fold).Distinct(StringComparer.Ordinal).ToList(), false);

    private static readonly CharArraySet Keys = new(Version, Synonyms.Groups.Select(g => g.Key).ToList(), false);

    private static readonly Lazy<StemmerOverrideFilter.StemmerOverrideMap> Overrides = new(() =>
    {
        var builder = new StemmerOverrideFilter.Builder(false);
        foreach (var (word, stem) in Synonyms.StemOverrides)
        {
            builder.Add(word, stem);
        }

        return builder.Build();
    });

    private static readonly Lazy<SynonymMap> IndexMap = new(() => BuildMap(keepOriginal: true));
    private static readonly Lazy<SynonymMap> QueryMap = new(() => BuildMap(keepOriginal: false));

    private readonly bool _forQuery;

    private FrenchSearchAnalyzer(bool forQuery) => _forQuery = forQuery;

    /// <summary>For documents: keeps every word and adds the synonym keys.</summary>
    public static FrenchSearchAnalyzer ForIndex() => new(forQuery: false);

    /// <summary>For what people type: a synonym variant becomes its group's key.</summary>
    public static FrenchSearchAnalyzer ForQuery() => new(forQuery: true);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = Normalize(tokenizer);
        stream = new SynonymFilter(stream, _forQuery ? QueryMap.Value : IndexMap.Value, false);
        stream = new StopFilter(Version, stream, StopWords);
        stream = new SetKeywordMarkerFilter(stream, Keys);
        stream = new StemmerOverrideFilter(stream, Overrides.Value);
        stream = new FrenchLightStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The terms of a text with their offsets, in order.</summary>
    public IReadOnlyList<SearchToken> Tokens(string text) => Tokens(this, text);

    internal static IReadOnlyList<SearchToken> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<SearchToken>();
        using var stream = analyzer.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new SearchToken(term.ToString(), offset.StartOffset, offset.EndOffset, type.Type == SynonymFilter.TYPE_SYNONYM));
        }

        stream.End();
        return tokens;
    }

    /// <summary>Lower case without accents, the way the analyzers fold words ("Économie" → "economie").</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    internal static TokenStream Normalize(TokenStream stream) =>
        new ASCIIFoldingFilter(new LowerCaseFilter(Version, new ElisionFilter(stream, Articles)));

    private static SynonymMap BuildMap(bool keepOriginal)
    {
        var builder = new SynonymMap.Builder(true);
        using var exact = new ExactAnalyzer();
        foreach (var group in Synonyms.Groups)
        {
            var output = new CharsRef(group.Key);
            foreach (var variant in group.Variants)
            {
                var words = Tokens(exact, variant).Select(t => t.Term).ToArray();
                if (words.Length == 0 || (words.Length == 1 && words[0] == group.Key))
                {
                    continue; // the key itself is kept as is by the keyword marker.
                }

                builder.Add(SynonymMap.Builder.Join(words, new CharsRef()), output, keepOriginal);
            }
        }

        return builder.Build();
    }
}

/// <summary>
/// Words folded (elision, lower case, no accents) but neither stemmed nor expanded: the field typo tolerance compares
/// against, so that an edit distance counts letters people typed rather than stems.
/// </summary>
public sealed class ExactAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(FrenchSearchAnalyzer.Version, reader);
        return new TokenStreamComponents(tokenizer, FrenchSearchAnalyzer.Normalize(tokenizer));
    }

    public IReadOnlyList<SearchToken> Tokens(string text) => FrenchSearchAnalyzer.Tokens(this, text);
}

/// <summary>A term and where it comes from in the text; Synonym is true for a group key added by the synonyms.</summary>
public sealed record SearchToken(string Term, int Start, int End, bool Synonym);
