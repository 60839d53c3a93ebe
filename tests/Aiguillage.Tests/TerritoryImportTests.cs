using Aiguillage.Territories;
using static Aiguillage.Territories.ImportTerritories;

namespace Aiguillage.Tests;

public class TerritoryImportTests
{
    private static TerritoryFiles Files() => new(
        "6.0.0",
        [new RegionRecord("75", "Nouvelle-Aquitaine", "metro", "33063"), new RegionRecord("11", "Île-de-France", "metro", "75056"), new RegionRecord("975", "Saint-Pierre-et-Miquelon", "com", "97502")],
        [new DepartementRecord("23", "Creuse", "75", "metro", "23096"), new DepartementRecord("75", "Paris", "11", "metro", "75056"), new DepartementRecord("975", "Saint-Pierre-et-Miquelon", "975", "com", "97502")],
        [new EpciRecord("200034825", "CA du Grand Guéret", "CA", 28450, [new EpciMemberRecord("23096")])],
        [
            new CommuneRecord("23096", "Guéret", "commune-actuelle", "metro", "23", "75", 12955, ["23000"], null, null, null),
            new CommuneRecord("75056", "Paris", "commune-actuelle", "metro", "75", "11", 2103778, ["75001", "75011"], null, null, null),
            new CommuneRecord("75111", "Paris 11e Arrondissement", "arrondissement-municipal", "metro", "75", "11", 138170, ["75011"], null, "75056", null),
            new CommuneRecord("23001", "Ancienne commune", "commune-deleguee", "metro", "23", "75", null, null, null, null, "23096"),
            new CommuneRecord("97502", "Saint-Pierre", "commune-actuelle", "com", "975", "975", 5500, ["97500"], null, null, null),
        ]);

    [Fact]
    public void Current_communes_are_kept_with_their_epci_and_postal_codes()
    {
        var data = Build(Files());

        var gueret = Assert.Single(data.Communes, c => c.Code == "23096");
        Assert.Equal("200034825", gueret.EpciCode);
        Assert.Equal("gueret", gueret.SearchName);
        Assert.Contains(data.PostalCodes, p => p.PostalCode == "23000" && p.CommuneCode == "23096");
        Assert.Equal(3, data.Communes.Count);
    }

    [Fact]
    public void Arrondissements_and_delegated_communes_resolve_to_their_commune()
    {
        var data = Build(Files());

        Assert.Contains(data.Aliases, a => a.Code == "75111" && a.CommuneCode == "75056" && a.Kind == CommuneAliasKind.ArrondissementMunicipal);
        Assert.Contains(data.Aliases, a => a.Code == "23001" && a.CommuneCode == "23096" && a.Kind == CommuneAliasKind.CommuneDeleguee);
        Assert.DoesNotContain(data.Communes, c => c.Code == "75111");
    }

    [Fact]
    public void Overseas_collectivities_are_kept_and_flagged()
    {
        var data = Build(Files());

        Assert.Equal(TerritoryZone.Com, Assert.Single(data.Departements, d => d.Code == "975").Zone);
        Assert.Equal(TerritoryZone.Com, Assert.Single(data.Communes, c => c.Code == "97502").Zone);
    }

    [Fact]
    public void Populations_of_regions_and_departements_are_the_sum_of_their_communes()
    {
        var data = Build(Files());

        Assert.Equal(12955, Assert.Single(data.Departements, d => d.Code == "23").Population);
        Assert.Equal(2103778, Assert.Single(data.Regions, r => r.Code == "11").Population);
    }

    [Fact]
    public void A_missing_data_folder_says_how_to_get_it()
    {
        var error = Assert.Throws<TerritoryDataMissingException>(() => TerritoryFiles.Read("/nonexistent/folder"));
        Assert.Contains("npm ci", error.Message, StringComparison.Ordinal);
    }
}
