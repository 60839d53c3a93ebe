using Aiguillage.Territories;

namespace Aiguillage.Tests;

public class SearchTextTests
{
    [Theory]
    [InlineData("Guéret", "gueret")]
    [InlineData("GUERET", "gueret")]
    [InlineData("L'Abergement-Clémenciat", "l abergement clemenciat")]
    [InlineData("St-Étienne", "saint etienne")]
    [InlineData("Ste Marie", "sainte marie")]
    [InlineData("Œuilly", "oeuilly")]
    [InlineData("  Provence-Alpes-Côte d'Azur ", "provence alpes cote d azur")]
    public void Names_are_folded_to_plain_lower_case_words(string name, string expected) =>
        Assert.Equal(expected, SearchText.Normalize(name));

    [Fact]
    public void A_word_merely_containing_st_is_left_alone() =>
        Assert.Equal("stade estaing", SearchText.Normalize("Stade Estaing"));

    [Theory]
    [InlineData("departement", TerritoryLevel.Departement)]
    [InlineData("Département", TerritoryLevel.Departement)]
    [InlineData("EPCI", TerritoryLevel.Epci)]
    [InlineData("pays", TerritoryLevel.Pays)]
    public void Territory_levels_are_read_without_accents_or_case(string text, TerritoryLevel expected)
    {
        Assert.True(TerritoryLevels.TryParse(text, out var level));
        Assert.Equal(expected, level);
    }

    [Fact]
    public void An_unknown_level_is_refused() => Assert.False(TerritoryLevels.TryParse("canton", out _));
}
