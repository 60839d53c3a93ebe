namespace Aiguillage.Territories;

public sealed class Commune
{
    public Commune(string code, string name, string departementCode, string regionCode, string? epciCode, long population, TerritoryZone zone)
    {
        Code = code;
        Name = name;
        SearchName = SearchText.Normalize(name);
        DepartementCode = departementCode;
        RegionCode = regionCode;
        EpciCode = epciCode;
        Population = population;
        Zone = zone;
    }

    /// <summary>INSEE code of the current commune ("23096").</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public string SearchName { get; private set; }

    public string DepartementCode { get; private set; }

    public string RegionCode { get; private set; }

    public string? EpciCode { get; private set; }

    public long Population { get; private set; }

    public TerritoryZone Zone { get; private set; }

    public List<CommunePostalCode> PostalCodes { get; private set; } = [];

    /// <summary>WGS 84 point of the commune (not an address), from the reference file imported with the territories.</summary>
    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    internal void SetPosition(GeoPoint point) => (Latitude, Longitude) = (point.Latitude, point.Longitude);
}

public sealed class CommunePostalCode
{
    public CommunePostalCode(string postalCode, string communeCode)
    {
        PostalCode = postalCode;
        CommuneCode = communeCode;
    }

    public string PostalCode { get; private set; }

    public string CommuneCode { get; private set; }
}

public enum CommuneAliasKind
{
    ArrondissementMunicipal,
    CommuneDeleguee,
    CommuneAssociee,
    AncienCode,
}

/// <summary>
/// A code that is not a current commune but resolves to one: municipal arrondissements of Paris, Lyon and Marseille,
/// communes déléguées or associées, and former codes of merged communes.
/// </summary>
public sealed class CommuneAlias
{
    public CommuneAlias(string code, string name, string communeCode, CommuneAliasKind kind)
    {
        Code = code;
        Name = name;
        CommuneCode = communeCode;
        Kind = kind;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string CommuneCode { get; private set; }

    public CommuneAliasKind Kind { get; private set; }
}

/// <summary>Which version of the official package the territories were imported from, and when.</summary>
public sealed class TerritoryDataset
{
    public const int SingletonId = 1;

    public TerritoryDataset(string package, string version, DateTime importedAtUtc)
    {
        Package = package;
        Version = version;
        ImportedAtUtc = importedAtUtc;
    }

    public int Id { get; private set; } = SingletonId;

    public string Package { get; private set; }

    public string Version { get; private set; }

    public DateTime ImportedAtUtc { get; private set; }
}
