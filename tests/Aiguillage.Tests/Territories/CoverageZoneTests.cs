using Aiguillage.Territories;

namespace Aiguillage.Tests;

public class CoverageZoneTests
{
    [Fact]
    public void The_country_contains_every_commune() =>
        Assert.True(CoverageZone.France.Contains(TestData.Gueret));

    [Fact]
    public void A_region_contains_its_communes() =>
        Assert.True(new CoverageZone(TerritoryLevel.Region, "75").Contains(TestData.Gueret));

    [Fact]
    public void Another_region_does_not() =>
        Assert.False(new CoverageZone(TerritoryLevel.Region, "84").Contains(TestData.Gueret));

    [Fact]
    public void A_departement_contains_its_communes() =>
        Assert.True(new CoverageZone(TerritoryLevel.Departement, "23").Contains(TestData.Gueret));

    [Fact]
    public void A_neighbouring_departement_does_not() =>
        Assert.False(new CoverageZone(TerritoryLevel.Departement, "87").Contains(TestData.Gueret));

    [Fact]
    public void An_epci_contains_its_member_communes() =>
        Assert.True(new CoverageZone(TerritoryLevel.Epci, "200034825").Contains(TestData.Gueret));

    [Fact]
    public void An_epci_does_not_contain_a_commune_outside_any_epci() =>
        Assert.False(new CoverageZone(TerritoryLevel.Epci, "200034825").Contains(TestData.Gueret with { EpciCode = null }));

    [Fact]
    public void A_commune_contains_itself_only() =>
        Assert.True(new CoverageZone(TerritoryLevel.Commune, "23096").Contains(TestData.Gueret)
            && !new CoverageZone(TerritoryLevel.Commune, "87085").Contains(TestData.Gueret));

    [Theory]
    [InlineData("pays:FR")]
    [InlineData("region:75")]
    [InlineData("region:84")]
    [InlineData("departement:23")]
    [InlineData("departement:87")]
    [InlineData("epci:200034825")]
    [InlineData("epci:200071165")]
    [InlineData("commune:23096")]
    [InlineData("commune:87085")]
    public void The_zones_around_a_commune_are_exactly_those_that_contain_it(string zone)
    {
        foreach (var commune in new[] { TestData.Gueret, TestData.Gueret with { EpciCode = null } })
        {
            var parsed = CoverageZone.Parse(zone);
            Assert.Equal(parsed.Contains(commune), CoverageZone.Around(commune).Contains(parsed));
        }
    }

    [Theory]
    [InlineData("departement:23", TerritoryLevel.Departement, "23")]
    [InlineData("departement:2a", TerritoryLevel.Departement, "2A")]
    [InlineData("pays:FR", TerritoryLevel.Pays, "FR")]
    [InlineData("Région:75", TerritoryLevel.Region, "75")]
    public void Zones_are_read_from_their_text_form(string text, TerritoryLevel level, string code)
    {
        Assert.True(CoverageZone.TryParse(text, out var zone));
        Assert.Equal(new CoverageZone(level, code), zone);
        Assert.Equal(zone, CoverageZone.Parse(zone.ToString()));
    }

    [Theory]
    [InlineData("23")]
    [InlineData("departement:")]
    [InlineData("canton:2301")]
    [InlineData("pays:BE")]
    [InlineData("")]
    public void Malformed_zones_are_refused(string text) => Assert.False(CoverageZone.TryParse(text, out _));
}
