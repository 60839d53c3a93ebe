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
/// How French text becomes search terms: words → elision (l', d', qu'…) → accents folded → lower case → the curated
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

    private static readonly Lazy<SynonymTable> Variants = new(BuildTable);

    private readonly bool _forQuery;
    private readonly CharArraySet? _vocabulary;

    private FrenchSearchAnalyzer(bool forQuery, CharArraySet? vocabulary = null)
    {
        _forQuery = forQuery;
        _vocabulary = vocabulary;
    }

    /// <summary>For documents: keeps every word and adds the synonym keys.</summary>
    public static FrenchSearchAnalyzer ForIndex() => new(forQuery: false);

    /// <summary>
    /// For documents, noting on the way each folded word before stemming: the vocabulary typo tolerance searches, gathered
    /// in the same pass as the indexing rather than by a second analysis of every text.
    /// </summary>
    internal static FrenchSearchAnalyzer ForIndex(CharArraySet vocabulary) => new(forQuery: false, vocabulary);

    /// <summary>For what people type: a synonym variant becomes its group's key.</summary>
    public static FrenchSearchAnalyzer ForQuery() => new(forQuery: true);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = Normalize(tokenizer);
        if (_vocabulary is not null)
        {
            stream = new VocabularyFilter(stream, _vocabulary);
        }

        stream = new SynonymKeyFilter(stream, Variants.Value, keepOriginal: !_forQuery);
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

    // Folded before lower-cased ("É" → "E" → "e", as "é" → "e"): Lucene.NET's LowerCaseFilter calls ICU once per token, the
    // third of an index build, while folded words are nearly all ASCII.
    internal static TokenStream Normalize(TokenStream stream) =>
        new InvariantLowerCaseFilter(new ASCIIFoldingFilter(new ElisionFilter(stream, Articles)));

    private static SynonymTable BuildTable()
    {
        using var exact = new ExactAnalyzer();
        return new SynonymTable(Synonyms.Groups.SelectMany(group => group.Variants
            .Select(variant => Tokens(exact, variant).Select(t => t.Term).ToArray())
            // The key itself is kept as is by the keyword marker.
            .Where(words => !(words.Length == 1 && words[0] == group.Key))
            .Select(words => (words, group.Key))));
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
