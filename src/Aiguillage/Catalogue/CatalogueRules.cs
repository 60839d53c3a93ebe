using Aiguillage.Offers;
using Aiguillage.Organisations;
using Aiguillage.Territories;

namespace Aiguillage.Catalogue;

/// <summary>
/// The rules of the published catalogue, each written once: what is visible today, what an offer serves, where it is
/// available, which filter it passes. Every reader (orientation, annuaire, search, maps, coverage, listings, fiches) calls
/// these, directly or through the snapshot built with them, so that an offer means the same thing on every page.
/// </summary>
public static class CatalogueRules
{
    /// <summary>An offer is visible today when it is published, its end date (if any) is not past and its structure is open.</summary>
    public static bool IsVisible(OfferStatus status, DateOnly? endsOn, StructureStatus structureStatus, DateOnly today) =>
        status == OfferStatus.Published && structureStatus == StructureStatus.Active && (endsOn is not { } end || end >= today);

    /// <summary>A structure is listed while it is open, whether or not it has a visible offer.</summary>
    public static bool IsListed(StructureStatus status) => status == StructureStatus.Active;

    public static bool ServesStage(IReadOnlyCollection<string> stages, string stage) => stages.Contains(stage);

    /// <summary>The stage rule on the index's bits: the offer's mask has the stage's bit.</summary>
    public static bool ServesStage(ulong stageMask, ulong stageBit) => (stageMask & stageBit) != 0;

    public static bool CoversNeed(IReadOnlyCollection<string> needs, string need) => needs.Contains(need);

    /// <summary>An offer that declares no public accepts every public; otherwise only those it names. No public asked: accepted.</summary>
    public static bool AcceptsPublic(IReadOnlyCollection<string> publics, string? audience) =>
        audience is null || publics.Count == 0 || publics.Contains(audience);

    /// <summary>
    /// The public rule on the index's bits (0 = no restriction). audienceBit is 0 when no offer is reserved to the public
    /// asked, so that only unrestricted offers accept it, as the rule above says.
    /// </summary>
    public static bool AcceptsPublic(ulong publicMask, bool audienceAsked, ulong audienceBit) =>
        !audienceAsked || publicMask == 0 || (publicMask & audienceBit) != 0;

    /// <summary>
    /// The filters of the annuaire, the search, the map, the coverage and the listings: stage, need, public, type, cost.
    /// An attribute read here is also part of <see cref="FilterClasses.KeyOf"/>, which counts offers by what this reads.
    /// </summary>
    public static bool Accepts(CatalogueFilter filter, OfferView offer) =>
        (filter.Stage is null || ServesStage(offer.Stages, filter.Stage))
        && (filter.Need is null || CoversNeed(offer.Needs, filter.Need))
        && AcceptsPublic(offer.Publics, filter.Public)
        && (filter.Type is null || offer.Types.Contains(filter.Type))
        && (filter.Cost is null || offer.Cost == filter.Cost);

    /// <summary>
    /// Whether an offer is available somewhere in a région or a département (a zone inside it counts), or in France.
    /// Communes and EPCI are answered by <see cref="IsAvailableIn(IEnumerable{CoverageZone}, CommuneLocation)"/>.
    /// </summary>
    public static bool IsAvailableIn(OfferFootprint footprint, TerritoryLevel level, string code) => level switch
    {
        TerritoryLevel.Pays => true,
        TerritoryLevel.Region => footprint.National || footprint.Regions.Contains(code),
        TerritoryLevel.Departement => footprint.National || footprint.Departements.Contains(code),
        _ => false,
    };

    /// <summary>
    /// Whether an offer covers the whole of a région or département (not only some of its communes); an offer that serves
    /// only part of its zones covers none whole.
    /// </summary>
    public static bool CoversWhole(OfferFootprint footprint, TerritoryLevel level, string code) => !footprint.Partial && level switch
    {
        TerritoryLevel.Pays => footprint.National,
        TerritoryLevel.Region => footprint.National || footprint.WholeRegions.Contains(code),
        TerritoryLevel.Departement => footprint.National || footprint.WholeDepartements.Contains(code),
        _ => false,
    };

    /// <summary>
    /// Whether an offer is available in a commune: one of its zones contains it (arrondissements are resolved to their
    /// city before, overseas communes belong to their DROM région and département like any other).
    /// </summary>
    public static bool IsAvailableIn(IEnumerable<CoverageZone> zones, CommuneLocation commune) => zones.Any(z => z.Contains(commune));

    /// <summary>
    /// Where a group of offers is surely available, as a question asked commune by commune: a commune is covered when one
    /// of the offers that serve their whole zones is available in it (<see cref="IsAvailableIn(IEnumerable{CoverageZone}, CommuneLocation)"/>), answered by
    /// looking up the zones around the commune in the union of the offers' zones rather than by testing every offer.
    /// </summary>
    public static Func<CommuneLocation, bool> AvailableWhereAnyOf(IEnumerable<CatalogueOffer> offers)
    {
        // Surely available: an offer that serves only part of its zones (PartialZones) perhaps serves a commune of them,
        // perhaps not, and a gap that it perhaps fills is still shown as a gap.
        var zones = offers.Where(o => !o.View.PartialZones).SelectMany(o => o.Zones).ToHashSet();
        return commune => CoverageZone.Around(commune).Any(zones.Contains);
    }

    /// <summary>
    /// The zones that make an offer available in an EPCI: the EPCI itself and every zone that contains one of its member
    /// communes (France, their régions, départements, the communes themselves).
    /// </summary>
    public static IReadOnlySet<CoverageZone> ZonesReachingEpci(string epciCode, IEnumerable<CommuneLocation> members) =>
        members.SelectMany(CoverageZone.Around).Append(new CoverageZone(TerritoryLevel.Epci, epciCode)).ToHashSet();

    /// <summary>Whether an offer is available in an EPCI: one of its zones is among <see cref="ZonesReachingEpci"/>.</summary>
    public static bool IsAvailableInEpci(IReadOnlyList<CoverageZone> zones, IReadOnlySet<CoverageZone> reachingEpci)
    {
        // A loop rather than Any: the peers of an EPCI ask this of every offer for each EPCI of the région.
        for (var i = 0; i < zones.Count; i++)
        {
            if (reachingEpci.Contains(zones[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The question "is this offer available in this territory", prepared once for a territory of any level; null when
    /// the territory is unknown. Readers call it instead of combining the rules above themselves.
    /// </summary>
    public static Func<CatalogueOffer, bool>? AvailableIn(CatalogueSnapshot catalogue, TerritoryLevel level, string code)
    {
        switch (level)
        {
            case TerritoryLevel.Pays:
                return code == TerritoryLevels.FranceCode ? static _ => true : null;
            case TerritoryLevel.Region when catalogue.Region(code) is not null:
            case TerritoryLevel.Departement when catalogue.Departement(code) is not null:
                return o => IsAvailableIn(o.Footprint, level, code);
            case TerritoryLevel.Epci:
                var members = catalogue.Communes.InEpci(code).Select(c => c.Location).ToList();
                var reaching = ZonesReachingEpci(code, members);
                return members.Count == 0 ? null : o => IsAvailableInEpci(o.Zones, reaching);
            case TerritoryLevel.Commune when catalogue.Communes.Find(code) is { } commune:
                var location = commune.Location;
                return o => IsAvailableIn(o.Zones, location);
            default:
                return null;
        }
    }

    /// <summary>
    /// An offer is local to a département when one of its zones is coded there at département level or finer: the
    /// département itself, or an EPCI or a commune in it (a région or France is not local).
    /// </summary>
    public static bool IsLocalTo(CatalogueSnapshot catalogue, CatalogueOffer offer, string departement) =>
        offer.Footprint.Departements.Contains(departement) && offer.Zones.Any(z => z.Level switch
        {
            TerritoryLevel.Departement => z.Code == departement,
            TerritoryLevel.Commune => catalogue.Communes.Find(z.Code)?.DepartementCode == departement,
            TerritoryLevel.Epci => catalogue.Communes.InEpci(z.Code).Any(c => c.DepartementCode == departement),
            _ => false,
        });

    /// <summary>
    /// A structure serves a territory when one of its visible offers is available there, or when its address is there
    /// (a structure without a visible offer still belongs to its commune's annuaire).
    /// </summary>
    public static bool Serves(StructureEntry structure, IEnumerable<CatalogueOffer> offersOfStructure, TerritoryLevel level, string code, Func<CatalogueOffer, bool> availableThere) =>
        HasAddressIn(structure, level, code) || offersOfStructure.Any(availableThere);

    /// <summary>
    /// A structure matches attribute filters in a territory: without filters, when it serves the territory; with them,
    /// when one of its visible offers available there passes them (a structure without an offer matches no étape).
    /// </summary>
    public static bool Matches(StructureEntry structure, IEnumerable<CatalogueOffer> offersOfStructure, CatalogueFilter filter, TerritoryLevel level, string code, Func<CatalogueOffer, bool> availableThere) =>
        filter.IsEmpty
            ? Serves(structure, offersOfStructure, level, code, availableThere)
            : offersOfStructure.Any(o => availableThere(o) && filter.Accepts(o.View));

    /// <summary>Whether a structure's address lies in the territory (France contains every structure).</summary>
    public static bool HasAddressIn(StructureEntry structure, TerritoryLevel level, string code) => level switch
    {
        TerritoryLevel.Pays => true,
        TerritoryLevel.Region => structure.Commune?.RegionCode == code,
        TerritoryLevel.Departement => structure.Commune?.DepartementCode == code,
        TerritoryLevel.Epci => structure.Commune?.EpciCode == code,
        TerritoryLevel.Commune => structure.Commune?.Code == code,
        _ => false,
    };

    /// <summary>
    /// The département and région a structure is based in: its commune's; else, for a structure placed at the centre of
    /// the one département or région its offers serve, that territory (a département with its région). Null where unknown
    /// or when it serves several.
    /// </summary>
    public static (string? Departement, string? Region) HomeOf(CatalogueSnapshot catalogue, StructureEntry structure) =>
        structure.Commune is { } commune ? (commune.DepartementCode, commune.RegionCode)
        : structure.Location.DepartementCode is { } d ? (d, catalogue.Departement(d)?.RegionCode)
        : (null, structure.Location.RegionCode);

    /// <summary>Whether a structure is based in a territory (its moderators answer for it): France, or its home département or région.</summary>
    public static bool IsBasedIn(CatalogueSnapshot catalogue, StructureEntry structure, TerritoryLevel level, string code) => level switch
    {
        TerritoryLevel.Pays => true,
        TerritoryLevel.Region => HomeOf(catalogue, structure).Region == code,
        TerritoryLevel.Departement => HomeOf(catalogue, structure).Departement == code,
        _ => HasAddressIn(structure, level, code),
    };
}
