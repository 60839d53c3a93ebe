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
        var scale = OfferScale.National;
        foreach (var zone in zones)
        {
            if (zone.Level is TerritoryLevel.Commune or TerritoryLevel.Epci or TerritoryLevel.Departement)
            {
                return OfferScale.Local;
            }

            if (zone.Level == TerritoryLevel.Region)
            {
                scale = OfferScale.Regional;
            }
        }

        return scale;
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

    /// <summary>
    /// The distance in km from a point to the nearest of some places, which must be sorted by latitude (see
    /// <see cref="ByLatitude"/>): places are tried outwards from the point's latitude, and the search stops on each side
    /// once the difference of latitude alone (111.2 km a degree) exceeds the best distance found. Null without places.
    /// </summary>
    public static double? NearestKm(GeoPoint from, IReadOnlyList<GeoPoint> byLatitude)
    {
        if (byLatitude.Count == 0)
        {
            return null;
        }

        const double KmPerDegree = 6371 * Math.PI / 180;
        var low = 0;
        var high = byLatitude.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (byLatitude[middle].Latitude < from.Latitude)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        var best = double.MaxValue;
        for (int up = low, down = low - 1; up < byLatitude.Count || down >= 0;)
        {
            var upGap = up < byLatitude.Count ? (byLatitude[up].Latitude - from.Latitude) * KmPerDegree : double.MaxValue;
            var downGap = down >= 0 ? (from.Latitude - byLatitude[down].Latitude) * KmPerDegree : double.MaxValue;
            if (Math.Min(upGap, downGap) > best)
            {
                break;
            }

            var next = upGap <= downGap ? byLatitude[up++] : byLatitude[down--];
            best = Math.Min(best, DistanceKm(from, next));
        }

        return best;
    }

    /// <summary>Places sorted as <see cref="NearestKm"/> needs them.</summary>
    public static IReadOnlyList<GeoPoint> ByLatitude(IEnumerable<GeoPoint> places) => places.OrderBy(p => p.Latitude).ThenBy(p => p.Longitude).ToList();

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
