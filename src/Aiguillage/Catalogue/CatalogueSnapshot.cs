using System.Collections.Frozen;
using System.Globalization;
using Aiguillage.Offers;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;

namespace Aiguillage.Catalogue;

/// <summary>A région or département as the readers list it.</summary>
public sealed record TerritoryEntry(TerritoryLevel Level, string Code, string Name, string? RegionCode, TerritoryZone Zone, long Population);

/// <summary>An open structure as every reader sees it, with the ids of its visible offers and its place on the map.</summary>
public sealed record StructureEntry(
    int Id,
    string Name,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> Networks,
    string Description,
    bool IsEssSpecialist,
    CommuneEntry? Commune,
    string? Website,
    DateOnly? LastVerifiedOn,
    IReadOnlyList<int> OfferIds,
    StructureLocation? Location = null)
{
    /// <summary>Where the map puts the structure, and how precisely; None when it cannot be placed.</summary>
    public StructureLocation Location { get; init; } = Location ?? StructureLocation.Unknown;

    public string? CommuneCode => Commune?.Code;

    public string? CommuneName => Commune?.Name;

    public string? DepartementCode => Commune?.DepartementCode;

    public string? RegionCode => Commune?.RegionCode;

    public string? Siret { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string Source { get; init; } = "";

    public string SourceIdentifier { get; init; } = "";

    public IReadOnlyList<string> SourceUrls { get; init; } = [];
}

/// <summary>
/// Where an offer is available, reduced to régions and départements: whole (the zone contains the territory) or in part
/// (a commune or an EPCI inside it). Computed once per snapshot so that counts by territory are look-ups; the questions
/// asked of it are in <see cref="CatalogueRules"/>. <see cref="Partial"/>: the offer serves only part of its zones
/// (<see cref="Offers.Offer.PartialZones"/>), so it covers none of them whole.
/// </summary>
public sealed record OfferFootprint(
    bool National,
    FrozenSet<string> WholeRegions,
    FrozenSet<string> Regions,
    FrozenSet<string> WholeDepartements,
    FrozenSet<string> Departements,
    bool Partial = false)
{
    public static OfferFootprint Nowhere { get; } = new(false, FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty);

    /// <summary>
    /// Computes where zones are available. departementOfCommune and departementsOfEpci place the zones below the
    /// département; regionOfDepartement lifts départements to their région.
    /// </summary>
    public static OfferFootprint Of(
        IEnumerable<CoverageZone> zones,
        Func<string, string?> regionOfDepartement,
        Func<string, string?> departementOfCommune,
        Func<string, IReadOnlyCollection<string>> departementsOfEpci,
        Func<string, IEnumerable<string>> departementsOfRegion,
        bool partial = false)
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
            departements.ToFrozenSet(StringComparer.Ordinal),
            partial);
    }
}

/// <summary>
/// One visible offer of the snapshot: the view shown to people (zones already named), its zones, where it is available,
/// and whether its structure specialises in the ESS.
/// </summary>
public sealed record CatalogueOffer(OfferView View, bool IsEssSpecialist, IReadOnlyList<CoverageZone> Zones, OfferFootprint? Footprint = null)
{
    public OfferFootprint Footprint { get; init; } = Footprint ?? OfferFootprint.Nowhere;

    public int Id => View.Id;

    public string Title => View.Title;

    public IReadOnlyList<string> Stages => View.Stages;

    public IReadOnlyList<string> Needs => View.Needs;

    public IReadOnlyList<string> Publics => View.Publics;

    public IReadOnlyList<string> Types => View.Types;

    public string? Cost => View.Cost;

    /// <summary>The day of its newest evidence, verification or source (<see cref="Evidence.Newest"/>); null when undated.</summary>
    public DateOnly? EvidenceDay { get; } = Evidence.Newest(View.LastVerifiedOn, View.SourceDate);

    /// <summary>Folded words of the title, description and structure, for the orientation's optional free text.</summary>
    public string SearchText { get; } = Territories.SearchText.Normalize(View.Title + " " + View.Description + " " + View.Structure.Name);
}

/// <summary>
/// The published catalogue as one immutable snapshot: the offers visible on <see cref="Day"/> with their zone index,
/// footprints and flat arrays, the open structures, the territories and the référentiels, read at one catalogue stamp.
/// Every public reader reads it; features keep what they derive from it (the search index, the engine's scores) with it,
/// through <see cref="Derived{T}"/>, so a derived index never outlives or precedes its snapshot.
/// </summary>
public sealed class CatalogueSnapshot
{
    private static readonly StringComparer French = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true);
    private readonly FrozenDictionary<int, CatalogueOffer> _offersById;
    private readonly FrozenDictionary<int, StructureEntry> _structuresById;
    private readonly FrozenDictionary<string, TerritoryEntry> _departementsByCode;
    private readonly FrozenDictionary<string, TerritoryEntry> _regionsByCode;

    public CatalogueSnapshot(
        IEnumerable<CatalogueOffer> offers,
        IEnumerable<StructureEntry> structures,
        IEnumerable<TerritoryEntry> regions,
        IEnumerable<TerritoryEntry> departements,
        TaxonomySnapshot? taxonomy = null,
        CommuneDirectory? communes = null,
        TerritoryNames? names = null,
        Func<CoverageZone, string?>? regionOf = null,
        string stamp = "",
        DateOnly day = default)
    {
        Index = new OfferIndex(offers, names ?? TerritoryNames.Empty, regionOf);
        Structures = structures.OrderBy(s => s.Id).ToArray();
        Regions = regions.OrderBy(r => r.Name, French).ToArray();
        Departements = departements.OrderBy(d => d.Code, StringComparer.Ordinal).ToArray();
        Taxonomy = taxonomy ?? new TaxonomySnapshot([]);
        Communes = communes ?? CommuneDirectory.Empty;
        Stamp = stamp;
        Day = day;
        _offersById = Offers.ToFrozenDictionary(o => o.Id);
        _structuresById = Structures.ToFrozenDictionary(s => s.Id);
        _regionsByCode = Regions.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);
        _departementsByCode = Departements.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);
    }

    public static CatalogueSnapshot Empty { get; } = new([], [], [], []);

    /// <summary>The catalogue stamp the snapshot was read at ("" before any write).</summary>
    public string Stamp { get; }

    /// <summary>The day (Europe/Paris) whose visible offers the snapshot holds.</summary>
    public DateOnly Day { get; }

    /// <summary>Stamp and day: what a memo of answers computed on this snapshot is keyed by.</summary>
    public string Generation => Stamp + "|" + Day.DayNumber.ToString(CultureInfo.InvariantCulture);

    public TaxonomySnapshot Taxonomy { get; }

    /// <summary>The programmes and labels that offers deliver, by name.</summary>
    public IReadOnlyList<Dispositif> Dispositifs { get; init; } = [];

    public Dispositif? Dispositif(string code) => Dispositifs.FirstOrDefault(d => d.Code == code);

    /// <summary>The visible offers that deliver a dispositif: its operators, by territory on its page.</summary>
    public IEnumerable<CatalogueOffer> OffersOfDispositif(string code) => Offers.Where(o => o.View.Dispositif?.Code == code);

    /// <summary>The territory rows the snapshot was built from, reused by the next build while no territory import happens.</summary>
    public TerritoryRows? Territories { get; init; }

    public CommuneDirectory Communes { get; }

    /// <summary>The visible offers indexed by the zone keys they cover, with the flat arrays the engine reads.</summary>
    public OfferIndex Index { get; }

    public TerritoryNames Names => Index.Names;

    /// <summary>Offers visible on <see cref="Day"/>, by id.</summary>
    public IReadOnlyList<CatalogueOffer> Offers => Index.Offers;

    /// <summary>Open structures, by id.</summary>
    public IReadOnlyList<StructureEntry> Structures { get; }

    /// <summary>Régions of métropole and DROM (not the collectivités d'outre-mer), by French name.</summary>
    public IReadOnlyList<TerritoryEntry> Regions { get; }

    /// <summary>The 101 départements of métropole and DROM, by code.</summary>
    public IReadOnlyList<TerritoryEntry> Departements { get; }

    public CatalogueOffer? Offer(int id) => _offersById.GetValueOrDefault(id);

    public StructureEntry? Structure(int id) => _structuresById.GetValueOrDefault(id);

    public TerritoryEntry? Region(string code) => _regionsByCode.GetValueOrDefault(code);

    public TerritoryEntry? Departement(string code) => _departementsByCode.GetValueOrDefault(code);

    /// <summary>The visible offers of a structure.</summary>
    public IEnumerable<CatalogueOffer> OffersOf(StructureEntry structure) =>
        structure.OfferIds.Select(Offer).OfType<CatalogueOffer>();

    /// <summary>Whether a structure serves a territory (see <see cref="CatalogueRules.Serves"/>); false for an unknown territory.</summary>
    public bool Serves(StructureEntry structure, TerritoryLevel level, string code) =>
        CatalogueRules.AvailableIn(this, level, code) is { } available && CatalogueRules.Serves(structure, OffersOf(structure), level, code, available);

    /// <summary>The visible offers available in every territory given (an unknown territory has none) that pass the filter.</summary>
    public IEnumerable<CatalogueOffer> OffersMatching(CatalogueFilter filter, IEnumerable<(TerritoryLevel Level, string Code)> territories)
    {
        var available = territories.Select(t => CatalogueRules.AvailableIn(this, t.Level, t.Code) ?? (static _ => false)).ToList();
        return Offers.Where(o => available.TrueForAll(a => a(o)) && filter.Accepts(o.View));
    }

    /// <summary>
    /// The open structures that match the filter in every territory given (<see cref="CatalogueRules.Matches"/>); with no
    /// territory, every structure when the filter is empty, else those with a visible offer that passes it.
    /// </summary>
    public IEnumerable<StructureEntry> StructuresMatching(CatalogueFilter filter, IEnumerable<(TerritoryLevel Level, string Code)> territories)
    {
        var places = territories.DefaultIfEmpty((Level: TerritoryLevel.Pays, Code: TerritoryLevels.FranceCode))
            .Select(t => (t.Level, t.Code, Available: CatalogueRules.AvailableIn(this, t.Level, t.Code) ?? (static _ => false)))
            .ToList();
        return Structures.Where(s => places.TrueForAll(p => CatalogueRules.Matches(s, OffersOf(s), filter, p.Level, p.Code, p.Available)));
    }

    /// <summary>
    /// What a feature derives from this snapshot (its search index, its scores), computed once, on first use or when the
    /// provider prepares the snapshot in the background before publishing it.
    /// </summary>
    public T Derived<T>(Func<CatalogueSnapshot, T> build)
        where T : class =>
        Index.Derived(_ => build(this)); // the index is the snapshot's own, so its memo serves both.

    /// <summary>
    /// A feature's memo of answers computed from this snapshot (the annuaire's listings, the coverage, the map's GeoJSON),
    /// one per owner and kind of answer: it goes with the snapshot when the catalogue or the day changes, and past its
    /// capacity it empties (<see cref="BoundedCache{T}"/>).
    /// </summary>
    public BoundedCache<T> Memo<TOwner, T>(int capacity)
        where T : class =>
        Derived(_ => new OwnedMemo<TOwner, T>(capacity)).Cache;

    private sealed class OwnedMemo<TOwner, T>(int capacity)
        where T : class
    {
        public BoundedCache<T> Cache { get; } = new(capacity);
    }
}
