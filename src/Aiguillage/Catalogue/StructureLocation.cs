using Aiguillage.Territories;

namespace Aiguillage.Catalogue;

/// <summary>How precisely a structure is placed on the map.</summary>
public enum LocationPrecision
{
    /// <summary>No point: the structure is listed but not drawn.</summary>
    None,

    /// <summary>The structure's own point (an address): none of the seed structures has one yet.</summary>
    Own,

    /// <summary>The point of the structure's commune.</summary>
    Commune,

    /// <summary>The centre of the one département where all its offers are available.</summary>
    DepartementCentre,
}

/// <summary>A structure's point on the map; DepartementCode names the département whose centre is used.</summary>
public sealed record StructureLocation(LocationPrecision Precision, GeoPoint? Point, string? DepartementCode = null)
{
    public static StructureLocation Unknown { get; } = new(LocationPrecision.None, null);

    public double? Latitude => Point?.Latitude;

    public double? Longitude => Point?.Longitude;

    /// <summary>
    /// The structure's own point if known; else its commune's; else, when it has no commune and all its visible offers lie
    /// in one département (none national), that département's centre; else none. A structure is never placed where it
    /// does not work: a région-wide offer spans several départements, so it gets no centre.
    /// </summary>
    public static StructureLocation Locate(
        GeoPoint? own,
        string? communeCode,
        Func<string, GeoPoint?> communePoint,
        IReadOnlyCollection<OfferFootprint> offers,
        Func<string, GeoPoint?> departementCentre)
    {
        if (own is { IsValid: true })
        {
            return new(LocationPrecision.Own, own);
        }

        if (communeCode is not null)
        {
            return communePoint(communeCode) is { } point ? new(LocationPrecision.Commune, point) : Unknown;
        }

        if (offers.Count == 0 || offers.Any(o => o.National))
        {
            return Unknown;
        }

        var departements = offers.SelectMany(o => o.Departements).Distinct(StringComparer.Ordinal).Take(2).ToList();
        return departements.Count == 1 && departementCentre(departements[0]) is { } centre
            ? new(LocationPrecision.DepartementCentre, centre, departements[0])
            : Unknown;
    }
}
