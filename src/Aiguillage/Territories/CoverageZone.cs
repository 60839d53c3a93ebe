
namespace Aiguillage.Territories;

/// <summary>One official territory of an offer's eligibility zone ("zone d'éligibilité"): a level and a code.</summary>
public sealed record CoverageZone(TerritoryLevel Level, string Code)
{
    public static CoverageZone France { get; } = new(TerritoryLevel.Pays, TerritoryLevels.FranceCode);

    /// <summary>The CSV and URL form: "departement:23", "pays:FR".</summary>
    public override string ToString() => $"{Level.ToCode()}:{Code}";

    public static CoverageZone Parse(string key) =>
        TryParse(key, out var zone) ? zone : throw new FormatException($"« {key} » n'est pas une zone de la forme niveau:code.");

    /// <summary>Reads "niveau:code"; checks the form only, not that the territory exists.</summary>
    public static bool TryParse(string? key, out CoverageZone zone)
    {
        zone = France;
        var separator = key?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (key is null || separator <= 0 || separator == key.Length - 1)
        {
            return false;
        }

        if (!TerritoryLevels.TryParse(key[..separator], out var level))
        {
            return false;
        }

        var code = key[(separator + 1)..].Trim().ToUpperInvariant();
        if (level == TerritoryLevel.Pays && code != TerritoryLevels.FranceCode)
        {
            return false;
        }

        zone = new CoverageZone(level, code);
        return true;
    }

    /// <summary>
    /// Whether this zone contains the commune: the country contains every commune, a région or a département
    /// its communes, an EPCI its member communes, a commune itself. Arrondissements are resolved before this call.
    /// </summary>
    public bool Contains(CommuneLocation commune) => Level switch
    {
        TerritoryLevel.Pays => true,
        TerritoryLevel.Region => Code == commune.RegionCode,
        TerritoryLevel.Departement => Code == commune.DepartementCode,
        TerritoryLevel.Epci => commune.EpciCode is not null && Code == commune.EpciCode,
        TerritoryLevel.Commune => Code == commune.CommuneCode,
        _ => false,
    };

    /// <summary>
    /// The zones that contain a commune, the converse of <see cref="Contains"/>: France, its région, its département, its
    /// EPCI when it has one, and itself. Whether a set of offers covers a commune is then a handful of look-ups.
    /// </summary>
    public static IEnumerable<CoverageZone> Around(CommuneLocation commune)
    {
        yield return France;
        yield return new CoverageZone(TerritoryLevel.Region, commune.RegionCode);
        yield return new CoverageZone(TerritoryLevel.Departement, commune.DepartementCode);
        if (commune.EpciCode is not null)
        {
            yield return new CoverageZone(TerritoryLevel.Epci, commune.EpciCode);
        }

        yield return new CoverageZone(TerritoryLevel.Commune, commune.CommuneCode);
    }
}

/// <summary>Where a commune sits in the official hierarchy; what coverage tests compare.</summary>
public sealed record CommuneLocation(string CommuneCode, string DepartementCode, string RegionCode, string? EpciCode);
