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

public class TerritoryCoordinatesTests
{
    private static TerritoryFiles Files() => new(
        "6.0.0",
        [new RegionRecord("75", "Nouvelle-Aquitaine", "metro", "33063"), new RegionRecord("11", "Île-de-France", "metro", "75056")],
        [new DepartementRecord("23", "Creuse", "75", "metro", "23096"), new DepartementRecord("75", "Paris", "11", "metro", "75056")],
        [],
        [
            new CommuneRecord("23096", "Guéret", "commune-actuelle", "metro", "23", "75", 12955, ["23000"], null, null, null),
            new CommuneRecord("23001", "Ajain", "commune-actuelle", "metro", "23", "75", 1000, ["23380"], null, null, null),
            new CommuneRecord("75056", "Paris", "commune-actuelle", "metro", "75", "11", 2103778, ["75001"], null, null, null),
            new CommuneRecord("75101", "Paris 1er Arrondissement", "arrondissement-municipal", "metro", "75", "11", 16000, ["75001"], null, "75056", null),
            new CommuneRecord("75111", "Paris 11e Arrondissement", "arrondissement-municipal", "metro", "75", "11", 138170, ["75011"], null, "75056", null),
        ]);

    private static TerritoryCoordinates Coordinates() => TerritoryCoordinates.Parse(
        new StringReader("code_insee,type,latitude,longitude,superficie_km2\n23096,COM,46.15847,1.87047,26.21\n75101,ARM,46.8,2.3,1\n75111,ARM,46.9,2.4,1\n99999,COM,not-a-number,1,1\n"),
        new StringReader("code_departement,latitude,longitude,superficie_km2\n23,46.09,2.01,5565\n"));

    [Fact]
    public void A_commune_gets_its_own_point_and_a_departement_its_centre()
    {
        var data = Build(Files(), Coordinates());

        var gueret = Assert.Single(data.Communes, c => c.Code == "23096");
        Assert.Equal((46.15847, 1.87047), (gueret.Latitude, gueret.Longitude));
        var creuse = Assert.Single(data.Departements, d => d.Code == "23");
        Assert.Equal((46.09, 2.01), (creuse.Latitude, creuse.Longitude));
    }

    [Fact]
    public void A_city_listed_by_arrondissements_gets_their_mean_point_and_an_unknown_commune_none()
    {
        var data = Build(Files(), Coordinates());

        var paris = Assert.Single(data.Communes, c => c.Code == "75056");
        Assert.Equal(46.85, paris.Latitude!.Value, 6);
        Assert.Equal(2.35, paris.Longitude!.Value, 6);
        var ajain = Assert.Single(data.Communes, c => c.Code == "23001");
        Assert.Null(ajain.Latitude);
        Assert.Null(Assert.Single(data.Departements, d => d.Code == "75").Latitude);
    }

    [Fact]
    public void The_embedded_reference_files_place_gueret_and_the_101_departements()
    {
        var coordinates = TerritoryCoordinates.Embedded;

        var gueret = coordinates.Communes["23096"];
        Assert.Equal(46.16, gueret.Latitude, 1);
        Assert.Equal(1.87, gueret.Longitude, 1);
        Assert.Equal(101, coordinates.Departements.Count);
        Assert.True(coordinates.Communes.Count > 34_000);
        Assert.False(coordinates.Communes.ContainsKey("75056"));
        Assert.True(coordinates.CommuneParts.ContainsKey("75111"));
    }
}
