using Aiguillage.Catalogue;
using Aiguillage.Territories;

namespace Aiguillage.OpenData;

/// <summary>Our coverage zones as the official codes that open-data formats expect.</summary>
public static class OpenZones
{
    /// <summary>data·inclusion's code for the whole country.</summary>
    public const string France = "france";

    /// <summary>
    /// The zone d'éligibilité of data·inclusion: the Code officiel géographique of each zone (commune INSEE code, département
    /// code, EPCI SIREN), « france » for the country, and for a région the codes of its départements, as the schema asks
    /// (it has no région code). Without duplicates, in the zones' order.
    /// </summary>
    public static IReadOnlyList<string> EligibilityCodes(CatalogueSnapshot catalogue, IEnumerable<CoverageZone> zones)
    {
        var codes = new List<string>();
        foreach (var zone in zones)
        {
            if (zone.Level == TerritoryLevel.Pays)
            {
                return [France];
            }

            if (zone.Level == TerritoryLevel.Region)
            {
                codes.AddRange(catalogue.Departements.Where(d => d.RegionCode == zone.Code).Select(d => d.Code));
            }
            else
            {
                codes.Add(zone.Code);
            }
        }

        return codes.Distinct(StringComparer.Ordinal).ToList();
    }
}
