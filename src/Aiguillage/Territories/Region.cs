namespace Aiguillage.Territories;

public sealed class Region
{
    public Region(string code, string name, TerritoryZone zone, string? chefLieuCode)
    {
        Code = code;
        Name = name;
        SearchName = SearchText.Normalize(name);
        Zone = zone;
        ChefLieuCode = chefLieuCode;
    }

    /// <summary>INSEE code of the région ("75"); a collectivité d'outre-mer uses its own code ("975").</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public string SearchName { get; private set; }

    public TerritoryZone Zone { get; private set; }

    public string? ChefLieuCode { get; private set; }

    /// <summary>Sum of the municipal populations of its communes, computed at import.</summary>
    public long Population { get; private set; }

    internal void SetPopulation(long population) => Population = population;
}
