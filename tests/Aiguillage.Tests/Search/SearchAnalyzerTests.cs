using Aiguillage.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Aiguillage.Tests;

public sealed class SearchAnalyzerTests
{
    private static string Terms(string text) => string.Join(' ', FrenchSearchAnalyzer.ForIndex().Tokens(text).Select(t => t.Term));

    private static string QueryTerms(string text) => string.Join(' ', FrenchSearchAnalyzer.ForQuery().Tokens(text).Select(t => t.Term));

    [Theory]
    [InlineData("associatives", "association")]
    [InlineData("associatif", "associations")]
    [InlineData("financements", "financement")]
    [InlineData("rurales", "rural")]
    [InlineData("ruraux", "rural")]
    [InlineData("l'emploi", "emploi")]
    [InlineData("créations", "creation")]
    [InlineData("Coopératives", "cooperative")]
    [InlineData("ÉCONOMIE", "economie")]
    [InlineData("incubateurs", "incubateur")]
    [InlineData("d'accompagnement", "accompagnements")]
    public void Inflected_forms_meet_on_the_same_term(string one, string other) =>
        Assert.Equal(Terms(other), Terms(one));

    [Theory]
    [InlineData("DLA", "dla")]
    [InlineData("dispositif local d'accompagnement", "dla")]
    [InlineData("chambre régionale de l'économie sociale et solidaire", "cress")]
    [InlineData("société coopérative et participative", "scop")]
    [InlineData("coopérative ouvrière", "scop")]
    [InlineData("société coopérative d'intérêt collectif", "scic")]
    [InlineData("coopérative d'activité et d'emploi", "cae")]
    [InlineData("entreprise solidaire d'utilité sociale", "esus")]
    [InlineData("appel à projets", "aap")]
    [InlineData("appel à manifestation d'intérêt", "ami")]
    [InlineData("tiers-lieux", "tierslieu")]
    [InlineData("tiers lieu", "tierslieu")]
    [InlineData("changement d'échelle", "essaimage")]
    [InlineData("économie sociale et solidaire", "ess")]
    public void A_variant_of_the_curated_vocabulary_is_queried_as_its_key(string query, string key) =>
        Assert.Equal(key, QueryTerms(query));

    [Fact]
    public void A_document_keeps_its_words_and_gains_the_key_of_a_phrase()
    {
        var terms = Terms("Le dispositif local d'accompagnement de la Creuse").Split(' ');
        Assert.Contains("dla", terms);
        Assert.Contains("dispositif", terms);
        Assert.Contains(Terms("Creuse"), terms);
        Assert.DoesNotContain("le", terms);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_analyzer_gives_the_tokens_of_the_stock_lucene_filters(bool forQuery)
    {
        // Our lower-casing and synonym filters replace Lucene's for speed: same terms, offsets and synonym marks on random
        // texts full of variants, accents, capitals, elisions and partial variants.
        string[] words =
        [
            "de", "la", "L'", "d'", "Creuse", "financement", "Économie", "SOCIALE", "appel", "à", "tiers", "Coopérative", "et",
            "solidaire", "dispositif", "local", "DLA", "chambre", "régionale", "l'économie", "projets", "activité", "d'emploi",
            "société", "intérêt", "collectif", "changement", "d'échelle", "fabrique", "initiatives", "ŒUVRE", "naïve", "Ça",
        ];
        var variants = Synonyms.Groups.SelectMany(g => g.Variants).ToArray();
        var random = new Random(3);
        var texts = Enumerable.Range(0, 3_000).Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(1, 14))
            .Select(_ => random.NextDouble() < 0.3 ? variants[random.Next(variants.Length)] : words[random.Next(words.Length)])));
        using var ours = forQuery ? FrenchSearchAnalyzer.ForQuery() : FrenchSearchAnalyzer.ForIndex();
        using var stock = new StockLuceneAnalyzer(forQuery);
        foreach (var text in texts.Concat(variants))
        {
            Assert.Equal(Tokens(stock, text), Tokens(ours, text));
        }
    }

    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add($"{term}@{offset.StartOffset}-{offset.EndOffset}{(type.Type == SynonymFilter.TYPE_SYNONYM ? " (synonyme)" : "")}");
        }

        stream.End();
        return tokens.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The analysis chain written with Lucene's own filters only: the reference.</summary>
    private sealed class StockLuceneAnalyzer(bool forQuery) : Analyzer
    {
        private const LuceneVersion Version = LuceneVersion.LUCENE_48;

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var articles = new CharArraySet(Version, new[] { "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu" }, true);
            var stopWords = new CharArraySet(Version, FrenchAnalyzer.DefaultStopSet.Select(FrenchSearchAnalyzer.Fold).Distinct(StringComparer.Ordinal).ToList(), false);
            var keys = new CharArraySet(Version, Synonyms.Groups.Select(g => g.Key).ToList(), false);
            var overrides = new StemmerOverrideFilter.Builder(false);
            foreach (var (word, stem) in Synonyms.StemOverrides)
            {
                overrides.Add(word, stem);
            }

            var synonyms = new SynonymMap.Builder(true);
            using var exact = new ExactAnalyzer();
            foreach (var group in Synonyms.Groups)
            {
                foreach (var variant in group.Variants)
                {
                    var variantWords = exact.Tokens(variant).Select(t => t.Term).ToArray();
                    if (!(variantWords.Length == 1 && variantWords[0] == group.Key))
                    {
                        synonyms.Add(SynonymMap.Builder.Join(variantWords, new CharsRef()), new CharsRef(group.Key), !forQuery);
                    }
                }
            }

            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(Version, new ElisionFilter(tokenizer, articles)));
            stream = new SynonymFilter(stream, synonyms.Build(), false);
            stream = new StopFilter(Version, stream, stopWords);
            stream = new SetKeywordMarkerFilter(stream, keys);
            stream = new StemmerOverrideFilter(stream, overrides.Build());
            return new TokenStreamComponents(tokenizer, new FrenchLightStemFilter(stream));
        }
    }
}
