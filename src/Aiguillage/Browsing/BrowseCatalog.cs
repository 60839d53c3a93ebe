using System.Collections.Frozen;
using Aiguillage.Offers;
using Aiguillage.Orientation;
using Aiguillage.Territories;

namespace Aiguillage.Browsing;

/// <summary>A région or département as the directory lists it.</summary>
public sealed record TerritoryEntry(TerritoryLevel Level, string Code, string Name, string? RegionCode, TerritoryZone Zone, long Population);

/// <summary>An active structure as the directory, the search and the map read it.</summary>
public sealed record StructureEntry(
    int Id,
    string Name,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> Networks,
    string Description,
    bool IsEssSpecialist,
    string? CommuneCode,
    string? CommuneName,
    string? DepartementCode,
    string? RegionCode,
    string? Website,
    DateOnly LastVerifiedOn,
    IReadOnlyList<int> OfferIds,
    StructureLocation? Location = null)
{
    /// <summary>Where the map puts the structure, and how precisely; None when it cannot be placed.</summary>
    public StructureLocation Location { get; init; } = Location ?? StructureLocation.Unknown;
}

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
    /// The structure's own point if known; else its commune's; else, when it has no commune and all its published offers lie
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

/// <summary>
/// Where an offer is available, reduced to régions and départements: whole (the zone contains the territory) or in part
/// (a commune or an EPCI inside it). Computed once per catalogue so that counts by territory are look-ups.
/// </summary>
public sealed record OfferFootprint(
    bool National,
    FrozenSet<string> WholeRegions,
    FrozenSet<string> Regions,
    FrozenSet<string> WholeDepartements,
    FrozenSet<string> Departements)
{
    public bool IsAvailableIn(TerritoryLevel level, string code) => level switch
    {
        TerritoryLevel.Pays => true,
        TerritoryLevel.Region => National || Regions.Contains(code),
        TerritoryLevel.Departement => National || Departements.Contains(code),
        _ => false,
    };

    /// <summary>True when the whole territory is covered, not only some of its communes.</summary>
    public bool CoversWhole(TerritoryLevel level, string code) => level switch
    {
        TerritoryLevel.Pays => National,
        TerritoryLevel.Region => National || WholeRegions.Contains(code),
        TerritoryLevel.Departement => National || WholeDepartements.Contains(code),
        _ => false,
    };
}

/// <summary>A published offer of the directory: what the orientation index holds, plus its footprint.</summary>
public sealed record BrowseOffer(IndexedOffer Indexed, OfferFootprint Footprint)
{
    public OfferView View => Indexed.View;

    public int Id => Indexed.Id;
}

/// <summary>
/// The directory's in-memory snapshot, built with the orientation catalogue from the same read (same stamp): the published
/// offers with their footprints, the active structures, the régions and départements. Immutable; the listings, the
/// full-text search, the map and the coverage counts all read it, so they agree with each other and with the orientation,
/// on SQLite as on PostgreSQL.
/// </summary>
public sealed class BrowseCatalog
{
    private readonly FrozenDictionary<int, BrowseOffer> _offersById;
    private readonly FrozenDictionary<int, StructureEntry> _structuresById;
    private readonly FrozenDictionary<string, TerritoryEntry> _departementsByCode;
    private readonly FrozenDictionary<string, TerritoryEntry> _regionsByCode;

    public BrowseCatalog(
        IEnumerable<BrowseOffer> offers,
        IEnumerable<StructureEntry> structures,
        IEnumerable<TerritoryEntry> regions,
        IEnumerable<TerritoryEntry> departements)
    {
        Offers = offers.OrderBy(o => o.Id).ToArray();
        Structures = structures.OrderBy(s => s.Id).ToArray();
        Regions = regions.OrderBy(r => r.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true)).ToArray();
        Departements = departements.OrderBy(d => d.Code, StringComparer.Ordinal).ToArray();
        _offersById = Offers.ToFrozenDictionary(o => o.Id);
        _structuresById = Structures.ToFrozenDictionary(s => s.Id);
        _regionsByCode = Regions.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);
        _departementsByCode = Departements.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);
    }

    public static BrowseCatalog Empty { get; } = new([], [], [], []);

    /// <summary>Published, unexpired offers of active structures, by id.</summary>
    public IReadOnlyList<BrowseOffer> Offers { get; }

    /// <summary>Active structures, by id.</summary>
    public IReadOnlyList<StructureEntry> Structures { get; }

    /// <summary>Régions of métropole and DROM (not the collectivités d'outre-mer), by French name.</summary>
    public IReadOnlyList<TerritoryEntry> Regions { get; }

    /// <summary>The 101 départements of métropole and DROM, by code.</summary>
    public IReadOnlyList<TerritoryEntry> Departements { get; }

    public BrowseOffer? Offer(int id) => _offersById.GetValueOrDefault(id);

    public StructureEntry? Structure(int id) => _structuresById.GetValueOrDefault(id);

    public TerritoryEntry? Region(string code) => _regionsByCode.GetValueOrDefault(code);

    public TerritoryEntry? Departement(string code) => _departementsByCode.GetValueOrDefault(code);

    /// <summary>The offers of a structure that are published.</summary>
    public IEnumerable<BrowseOffer> OffersOf(StructureEntry structure) =>
        structure.OfferIds.Select(Offer).OfType<BrowseOffer>();

    /// <summary>
    /// A structure serves a territory when one of its published offers is available there, or when its address is there
    /// (a structure without a published offer still belongs to its département's directory).
    /// </summary>
    public bool Serves(StructureEntry structure, TerritoryLevel level, string code) =>
        level == TerritoryLevel.Pays
        || (level == TerritoryLevel.Region && structure.RegionCode == code)
        || (level == TerritoryLevel.Departement && structure.DepartementCode == code)
        || OffersOf(structure).Any(o => o.Footprint.IsAvailableIn(level, code));

    /// <summary>
    /// Computes where an offer is available. departementOfCommune and departementsOfEpci place the zones below the
    /// département; regionOfDepartement lifts départements to their région.
    /// </summary>
    public static OfferFootprint Footprint(
        IEnumerable<CoverageZone> zones,
        Func<string, string?> regionOfDepartement,
        Func<string, string?> departementOfCommune,
        Func<string, IReadOnlyCollection<string>> departementsOfEpci,
        Func<string, IEnumerable<string>> departementsOfRegion)
    {
        var national = false;
        var wholeRegions = new HashSet<string>(StringComparer.Ordinal);
        var wholeDepartements = new HashSet<string>(StringComparer.Ordinal);
        var partDepartements = new HashSet<string>(StringComparer.Ordinal);
        foreach (var zone in zones)
        {
            switch (zone.Level)
            {
                case TerritoryLevel.Pays:
                    national = true;
                    break;
                case TerritoryLevel.Region:
                    wholeRegions.Add(zone.Code);
                    wholeDepartements.UnionWith(departementsOfRegion(zone.Code));
                    break;
                case TerritoryLevel.Departement:
                    wholeDepartements.Add(zone.Code);
                    break;
                case TerritoryLevel.Epci:
                    partDepartements.UnionWith(departementsOfEpci(zone.Code));
                    break;
                case TerritoryLevel.Commune:
                    if (departementOfCommune(zone.Code) is { } departement)
                    {
                        partDepartements.Add(departement);
                    }

                    break;
            }
        }

        var departements = new HashSet<string>(wholeDepartements, StringComparer.Ordinal);
        departements.UnionWith(partDepartements);
        var regions = new HashSet<string>(wholeRegions, StringComparer.Ordinal);
        regions.UnionWith(departements.Select(regionOfDepartement).OfType<string>());
        return new OfferFootprint(
            national,
            wholeRegions.ToFrozenSet(StringComparer.Ordinal),
            regions.ToFrozenSet(StringComparer.Ordinal),
            wholeDepartements.ToFrozenSet(StringComparer.Ordinal),
            departements.ToFrozenSet(StringComparer.Ordinal));
    }
}
