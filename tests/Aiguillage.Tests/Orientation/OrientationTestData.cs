using System.Collections.Frozen;
using Aiguillage.Catalogue;
using Aiguillage.Offers;
using Aiguillage.Orientation;
using Aiguillage.Territories;

namespace Aiguillage.Tests;

/// <summary>Builders for the engine: offers with defaults, an index over a few real territories, a profile in Guéret.</summary>
internal static class OrientationTestData
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    public static CoverageZone Departement(string code) => new(TerritoryLevel.Departement, code);

    public static CoverageZone Region(string code) => new(TerritoryLevel.Region, code);

    public static CoverageZone Epci(string code) => new(TerritoryLevel.Epci, code);

    public static CoverageZone Commune(string code) => new(TerritoryLevel.Commune, code);

    public static CatalogueOffer Offer(
        int id,
        string? title = null,
        IReadOnlyList<string>? stages = null,
        IReadOnlyList<string>? needs = null,
        IReadOnlyList<string>? publics = null,
        IReadOnlyList<CoverageZone>? zones = null,
        string? cost = "gratuit",
        DateOnly? verifiedOn = null,
        bool essSpecialist = true,
        DateOnly? endsOn = null,
        IReadOnlyList<string>? types = null,
        bool partialZones = false)
    {
        var zoneList = zones ?? [CoverageZone.France];
        var view = new OfferView(
            id,
            title ?? $"Offre {id}",
            "Une offre d'essai.",
            new StructureRef(100 + id, $"Structure {id}", null),
            types ?? ["accompagnement"],
            [],
            stages ?? ["creation"],
            needs ?? [],
            publics ?? [],
            cost,
            null, null, null, null, null, null, null,
            OfferStatus.Published,
            zoneList.Select(z => new ZoneView(z.Level, z.Code, Names.Name(z))).ToList(),
            verifiedOn ?? Today,
            endsOn,
            "test",
            $"o{id}",
            ["https://example.org"],
            PartialZones: partialZones);
        return new CatalogueOffer(view, essSpecialist, zoneList);
    }

    public static readonly TerritoryNames Names = new(
        new Dictionary<string, string> { ["75"] = "Nouvelle-Aquitaine", ["84"] = "Auvergne-Rhône-Alpes" }.ToFrozenDictionary(),
        new Dictionary<string, string> { ["23"] = "Creuse", ["87"] = "Haute-Vienne", ["01"] = "Ain" }.ToFrozenDictionary(),
        new Dictionary<string, string> { ["23"] = "de la Creuse", ["87"] = "de la Haute-Vienne", ["01"] = "de l'Ain" }.ToFrozenDictionary(),
        new Dictionary<string, string> { ["200034825"] = "CA du Grand Guéret", ["242320117"] = "CC Creuse Grand Sud", ["248719312"] = "Limoges Métropole" }.ToFrozenDictionary(),
        new Dictionary<string, string> { ["23096"] = "Guéret", ["87085"] = "Limoges" }.ToFrozenDictionary());

    private static readonly Dictionary<string, string> RegionOfDepartement = new() { ["23"] = "75", ["87"] = "75", ["01"] = "84" };

    public static OfferIndex Index(params CatalogueOffer[] offers) =>
        new(offers, Names, zone => zone.Level switch
        {
            TerritoryLevel.Departement => RegionOfDepartement.GetValueOrDefault(zone.Code),
            TerritoryLevel.Commune => RegionOfDepartement.GetValueOrDefault(zone.Code[..2]),
            TerritoryLevel.Epci => "75",
            _ => null,
        });

    public static OrientationProfile Gueret(string stage = "creation", IReadOnlyList<string>? needs = null, string? audience = null, string? text = null) =>
        new(TestData.Gueret, "Guéret", stage, needs ?? [], audience, text);

    public static OrientationResult Match(OrientationProfile profile, params CatalogueOffer[] offers) =>
        MatchOffers.Match(Index(offers), TestData.Taxonomy, profile, Today);
}
