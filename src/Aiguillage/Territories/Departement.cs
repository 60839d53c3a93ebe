namespace Aiguillage.Territories;

public sealed class Departement
{
    public Departement(string code, string name, string regionCode, TerritoryZone zone, string? chefLieuCode, int nameLinkType = 0)
    {
        NameLinkType = nameLinkType;
        Code = code;
        Name = name;
        SearchName = SearchText.Normalize(name);
        RegionCode = regionCode;
        Zone = zone;
        ChefLieuCode = chefLieuCode;
    }

    /// <summary>INSEE code: "01" … "95", "2A", "2B", "971" … "976" (and "975", "977"… for the COM).</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public string SearchName { get; private set; }

    public string RegionCode { get; private set; }

    public TerritoryZone Zone { get; private set; }

    public string? ChefLieuCode { get; private set; }

    public long Population { get; private set; }

    /// <summary>The official "type de nom en clair" (TNCC) that gives the article: 3 → "de la Creuse".</summary>
    public int NameLinkType { get; private set; }

    /// <summary>"de la Creuse", "du Nord", "de l'Ain", "de Paris": for French sentences.</summary>
    public string NameWithPreposition => TerritoryArticles.WithDe(Name, NameLinkType);

    /// <summary>WGS 84 centre of the département (IGN's geographic centre in métropole), for structures placed no closer.</summary>
    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    internal void SetPopulation(long population) => Population = population;

    internal void SetCentre(GeoPoint point) => (Latitude, Longitude) = (point.Latitude, point.Longitude);
}
