namespace Aiguillage.Territories;

/// <summary>Établissement public de coopération intercommunale à fiscalité propre, keyed by its SIREN.</summary>
public sealed class Epci
{
    public Epci(string code, string name, string kind, long population)
    {
        Code = code;
        Name = name;
        SearchName = SearchText.Normalize(name);
        Kind = kind;
        Population = population;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string SearchName { get; private set; }

    /// <summary>CC, CA, CU, METRO or MET69, as published.</summary>
    public string Kind { get; private set; }

    public long Population { get; private set; }
}
