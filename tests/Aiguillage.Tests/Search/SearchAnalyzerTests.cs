using Aiguillage.Search;

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
}
