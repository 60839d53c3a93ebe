using System.Collections.Frozen;

namespace Aiguillage.Territories;

/// <summary>The names the explanations need: départements, régions, EPCI, communes.</summary>
public sealed record TerritoryNames(
    FrozenDictionary<string, string> Regions,
    FrozenDictionary<string, string> Departements,
    FrozenDictionary<string, string> DepartementPhrases,
    FrozenDictionary<string, string> Epcis,
    FrozenDictionary<string, string> Communes)
{
    public static TerritoryNames Empty { get; } = new(
        FrozenDictionary<string, string>.Empty, FrozenDictionary<string, string>.Empty, FrozenDictionary<string, string>.Empty,
        FrozenDictionary<string, string>.Empty, FrozenDictionary<string, string>.Empty);

    /// <summary>"de la Creuse (23)".</summary>
    public string DepartementWithPreposition(string code) =>
        DepartementPhrases.TryGetValue(code, out var phrase) ? $"{phrase} ({code})" : code;

    public string Name(CoverageZone zone) => zone.Level switch
    {
        TerritoryLevel.Pays => "France",
        TerritoryLevel.Region => Regions.GetValueOrDefault(zone.Code, zone.Code),
        TerritoryLevel.Departement => Departements.GetValueOrDefault(zone.Code, zone.Code),
        TerritoryLevel.Epci => Epcis.GetValueOrDefault(zone.Code, zone.Code),
        TerritoryLevel.Commune => Communes.GetValueOrDefault(zone.Code, zone.Code),
        _ => zone.Code,
    };
}
