namespace Aiguillage.Territories;

public sealed record TerritoryRef(string Code, string Name);

/// <summary>A territory as read by people and API clients, with its parents where they apply.</summary>
public sealed record TerritoryView(
    TerritoryLevel Level,
    string Code,
    string Name,
    TerritoryZone Zone,
    long Population,
    IReadOnlyList<string> PostalCodes,
    TerritoryRef? Departement,
    TerritoryRef? Region,
    TerritoryRef? Epci,
    int? CommuneCount);

/// <summary>A coverage zone with the official name of its territory.</summary>
public sealed record ZoneView(TerritoryLevel Level, string Code, string Name);
