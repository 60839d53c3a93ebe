using Aiguillage.Orientation;
using Aiguillage.Territories;

namespace Aiguillage.Tests;

public class CommuneResolutionTests
{
    private static readonly CommuneDirectory Directory = new(
        [
            new CommuneEntry("23096", "Guéret", "23", "Creuse", "75", "Nouvelle-Aquitaine", "200034825", 12955, ["23000"]),
            new CommuneEntry("23193", "Sainte-Feyre", "23", "Creuse", "75", "Nouvelle-Aquitaine", "200034825", 2300, ["23000"]),
            new CommuneEntry("75056", "Paris", "75", "Paris", "11", "Île-de-France", "200054781", 2103778, ["75001", "75011"]),
        ],
        [KeyValuePair.Create("75111", "75056")]);

    [Fact]
    public void A_municipal_arrondissement_resolves_to_its_city() =>
        Assert.Equal("75056", OrientProject.ResolveCommune(Directory, "75111", null).Commune!.Code);

    [Fact]
    public void A_postal_code_with_one_commune_resolves_to_it() =>
        Assert.Equal("75056", OrientProject.ResolveCommune(Directory, null, "75011").Commune!.Code);

    [Fact]
    public void A_postal_code_with_several_communes_asks_which_most_populated_first()
    {
        var (commune, problem) = OrientProject.ResolveCommune(Directory, null, "23000");
        Assert.Null(commune);
        Assert.Equal("codePostal", problem!.Parameter);
        Assert.Equal(["23096", "23193"], problem.Choices.Select(c => c.Code));
    }

    [Fact]
    public void A_commune_and_its_postal_code_agree() =>
        Assert.Equal("23193", OrientProject.ResolveCommune(Directory, "23193", "23000").Commune!.Code);

    [Theory]
    [InlineData(null, null, "commune")]
    [InlineData("99999", null, "commune")]
    [InlineData(null, "2300", "codePostal")]
    [InlineData(null, "99000", "codePostal")]
    [InlineData("75056", "23000", "commune")]
    public void Bad_places_are_refused_naming_the_parameter(string? commune, string? postalCode, string parameter) =>
        Assert.Equal(parameter, OrientProject.ResolveCommune(Directory, commune, postalCode).Problem!.Parameter);
}
