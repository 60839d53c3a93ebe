namespace Aiguillage.Territories;

/// <summary>The official levels a coverage zone or a look-up can name.</summary>
public enum TerritoryLevel
{
    Pays,
    Region,
    Departement,
    Epci,
    Commune,
}

/// <summary>Where a territory lies: métropole, DROM, or collectivité d'outre-mer (outside the DROM statistics).</summary>
public enum TerritoryZone
{
    Metro,
    Drom,
    Com,
}

public static class TerritoryLevels
{
    public const string FranceCode = "FR";

    public static IReadOnlyList<TerritoryLevel> All { get; } =
        [TerritoryLevel.Pays, TerritoryLevel.Region, TerritoryLevel.Departement, TerritoryLevel.Epci, TerritoryLevel.Commune];

    /// <summary>The code used in URLs, CSV files and the API ("departement").</summary>
    public static string ToCode(this TerritoryLevel level) => level switch
    {
        TerritoryLevel.Pays => "pays",
        TerritoryLevel.Region => "region",
        TerritoryLevel.Departement => "departement",
        TerritoryLevel.Epci => "epci",
        TerritoryLevel.Commune => "commune",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>The French word a person reads ("département").</summary>
    public static string ToLabel(this TerritoryLevel level) => level switch
    {
        TerritoryLevel.Pays => "pays",
        TerritoryLevel.Region => "région",
        TerritoryLevel.Departement => "département",
        TerritoryLevel.Epci => "intercommunalité",
        TerritoryLevel.Commune => "commune",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static bool TryParse(string? value, out TerritoryLevel level)
    {
        switch (SearchText.Normalize(value ?? ""))
        {
            case "pays": level = TerritoryLevel.Pays; return true;
            case "region": level = TerritoryLevel.Region; return true;
            case "departement": level = TerritoryLevel.Departement; return true;
            case "epci": level = TerritoryLevel.Epci; return true;
            case "commune": level = TerritoryLevel.Commune; return true;
            default: level = default; return false;
        }
    }

    public static string AcceptedCodes => string.Join(", ", All.Select(l => l.ToCode()));
}
