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

    /// <summary>Approximate: the centre of the one département where all its offers are available.</summary>
    DepartementCentre,

    /// <summary>Approximate: the centre of the one région where all its offers are available (mean of its départements' centres).</summary>
    RegionCentre,

    /// <summary>Approximate: the centre of the départements its offers serve, across régions.</summary>
    ServedAreaCentre,

    /// <summary>Approximate: the centre of metropolitan France, for a structure whose offers are national.</summary>
    CountryCentre,
}

/// <summary>A structure's point on the map; DepartementCode or RegionCode names the territory whose centre is used.</summary>
public sealed record StructureLocation(LocationPrecision Precision, GeoPoint? Point, string? DepartementCode = null, string? RegionCode = null)
{
    public static StructureLocation Unknown { get; } = new(LocationPrecision.None, null);

    public double? Latitude => Point?.Latitude;

    public double? Longitude => Point?.Longitude;

    /// <summary>True when the point is not where the structure is but the centre of what it serves.</summary>
    public bool IsApproximate => Precision is LocationPrecision.DepartementCentre or LocationPrecision.RegionCentre
        or LocationPrecision.ServedAreaCentre or LocationPrecision.CountryCentre;

    /// <summary>
    /// The structure's own point if known; else its commune's; else the centre of the smallest territory all its visible
    /// offers serve — one département, one région, the départements served, or France for a national body — marked
    /// approximate; a structure without a visible offer and without a commune has no point.
    /// </summary>
    public static StructureLocation Locate(
        GeoPoint? own,
        string? communeCode,
        Func<string, GeoPoint?> communePoint,
        IReadOnlyCollection<OfferFootprint> offers,
        Func<string, GeoPoint?> departementCentre,
        Func<string, string?>? regionOfDepartement = null,
        Func<string, IEnumerable<string>>? departementsOfRegion = null,
        GeoPoint? countryCentre = null)
    {
        if (own is { IsValid: true })
        {
            return new(LocationPrecision.Own, own);
        }

        if (communeCode is not null)
        {
            return communePoint(communeCode) is { } point ? new(LocationPrecision.Commune, point) : Unknown;
        }

        if (offers.Count == 0)
        {
            return Unknown;
        }

        if (offers.Any(o => o.National))
        {
            return countryCentre is { } centre ? new(LocationPrecision.CountryCentre, centre) : Unknown;
        }

        var departements = offers.SelectMany(o => o.Departements).Distinct(StringComparer.Ordinal).ToList();
        if (departements.Count == 1)
        {
            return departementCentre(departements[0]) is { } centre ? new(LocationPrecision.DepartementCentre, centre, departements[0]) : Unknown;
        }

        var regions = departements.Select(d => regionOfDepartement?.Invoke(d)).Distinct().ToList();
        if (regions is [{ } region] && departementsOfRegion is not null && Mean(departementsOfRegion(region).Select(departementCentre)) is { } regionCentre)
        {
            return new(LocationPrecision.RegionCentre, regionCentre, RegionCode: region);
        }

        return Mean(departements.Select(departementCentre)) is { } served ? new(LocationPrecision.ServedAreaCentre, served) : Unknown;
    }

    /// <summary>The mean of points (the départements' centres are close enough for a point marked approximate); null if none.</summary>
    public static GeoPoint? Mean(IEnumerable<GeoPoint?> points)
    {
        var known = points.OfType<GeoPoint>().ToList();
        return known.Count == 0 ? null : new GeoPoint(known.Average(p => p.Latitude), known.Average(p => p.Longitude));
    }
}
