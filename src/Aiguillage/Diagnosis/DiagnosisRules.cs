using Aiguillage.Territories;

namespace Aiguillage.Diagnosis;

/// <summary>The scale an offer works at, seen from a territory: its finest zone.</summary>
public enum OfferScale
{
    /// <summary>A commune, an EPCI or a département.</summary>
    Local,
    Regional,
    National,
}

/// <summary>A commune's density band (ADR 014): a proxy for INSEE's density grid from the data we hold.</summary>
public enum DensityBand
{
    Dense,
    Intermediate,
    Rural,
    VerySparse,
    Unknown,
}

/// <summary>
/// The rules of the territorial diagnosis, written once: an offer's scale, a commune's density band and whether it is
/// rural, and the threshold of unmet demand. ADR 014 says why these thresholds.
/// </summary>
public static class DiagnosisRules
{
    /// <summary>Inhabitants per km² from which a commune is "dense" (INSEE's dense clusters use the same density on 1 km² cells).</summary>
    public const double DenseFrom = 1500;

    /// <summary>Inhabitants per km² from which a commune is of intermediate density (INSEE's intermediate clusters: 300).</summary>
    public const double IntermediateFrom = 300;

    /// <summary>Below this density (inhabitants per km²) a rural commune is "very sparse" (INSEE's "très peu dense", 25).</summary>
    public const double RuralFrom = 25;

    /// <summary>An orientation with fewer results than this is unmet demand (the "moins de 3 résultats").</summary>
    public const int UnmetBelow = 3;

    public static OfferScale ScaleOf(IEnumerable<CoverageZone> zones)
    {
        var levels = zones.Select(z => z.Level).ToList();
        return levels.Any(l => l is TerritoryLevel.Commune or TerritoryLevel.Epci or TerritoryLevel.Departement) ? OfferScale.Local
            : levels.Contains(TerritoryLevel.Region) ? OfferScale.Regional
            : OfferScale.National;
    }

    public static DensityBand BandOf(long population, double? surfaceKm2)
    {
        if (surfaceKm2 is not > 0)
        {
            return DensityBand.Unknown;
        }

        var density = population / surfaceKm2.Value;
        return density >= DenseFrom ? DensityBand.Dense
            : density >= IntermediateFrom ? DensityBand.Intermediate
            : density >= RuralFrom ? DensityBand.Rural
            : DensityBand.VerySparse;
    }

    public static bool IsRural(DensityBand band) => band is DensityBand.Rural or DensityBand.VerySparse;

    public static string Label(this DensityBand band) => band switch
    {
        DensityBand.Dense => "dense",
        DensityBand.Intermediate => "densité intermédiaire",
        DensityBand.Rural => "rurale",
        DensityBand.VerySparse => "rurale très peu dense",
        _ => "densité inconnue",
    };

    public static string Label(this OfferScale scale) => scale switch
    {
        OfferScale.Local => "locale",
        OfferScale.Regional => "régionale",
        _ => "nationale",
    };

    /// <summary>Beyond this distance (km, as the crow flies) from the nearest local offer, people are counted as far from it.</summary>
    public const double FarKm = 30;

    /// <summary>Great-circle distance in km between two points (haversine, mean Earth radius 6,371 km).</summary>
    public static double DistanceKm(GeoPoint a, GeoPoint b)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(b.Latitude - a.Latitude);
        var dLon = Radians(b.Longitude - a.Longitude);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Radians(a.Latitude)) * Math.Cos(Radians(b.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * 6371 * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
