using System.Collections.Frozen;
using Aiguillage.Data;
using Aiguillage.Offers;
using Aiguillage.Organisations;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Catalogue;

/// <summary>A région or département as read for the snapshot.</summary>
public sealed record TerritoryRow(
    TerritoryLevel Level, string Code, string Name, string? RegionCode, TerritoryZone Zone, long Population,
    string? NameWithPreposition = null, double? Latitude = null, double? Longitude = null);

/// <summary>A commune as read for the snapshot, with its postal codes and point.</summary>
public sealed record CommuneRow(
    string Code, string Name, string DepartementCode, string RegionCode, string? EpciCode, long Population,
    double? Latitude, double? Longitude, IReadOnlyList<string> PostalCodes);

/// <summary>
/// The official territories as read for the snapshot, and what is derived from them (communes in memory, names, the
/// hierarchy as look-ups), computed once per read. They change only with a territory import, so a new snapshot built
/// after an edit of offers reuses the previous read instead of reading and indexing 35,000 communes again.
/// </summary>
public sealed class TerritoryRows(
    string key,
    IReadOnlyList<TerritoryRow> regions,
    IReadOnlyList<TerritoryRow> departements,
    IReadOnlyList<KeyValuePair<string, string>> epcis,
    IReadOnlyList<CommuneRow> communes,
    IReadOnlyList<KeyValuePair<string, string>> communeAliases)
{
    private readonly Lazy<TerritoryLookups> _lookups = new(() => new TerritoryLookups(regions, departements, epcis, communes, communeAliases));

    /// <summary>Which territory import the rows come from (package version and import time); "" before any import.</summary>
    public string Key { get; } = key;

    internal TerritoryLookups Lookups => _lookups.Value;
}

/// <summary>The territories' hierarchy and names as look-ups, built once per <see cref="TerritoryRows"/>.</summary>
internal sealed class TerritoryLookups
{
    public TerritoryLookups(
        IReadOnlyList<TerritoryRow> regions,
        IReadOnlyList<TerritoryRow> departements,
        IReadOnlyList<KeyValuePair<string, string>> epcis,
        IReadOnlyList<CommuneRow> communes,
        IReadOnlyList<KeyValuePair<string, string>> aliases)
    {
        var regionNames = regions.ToFrozenDictionary(r => r.Code, r => r.Name, StringComparer.Ordinal);
        var departementNames = departements.ToFrozenDictionary(d => d.Code, d => d.Name, StringComparer.Ordinal);
        Communes = new CommuneDirectory(
            communes.Select(c => new CommuneEntry(
                c.Code, c.Name, c.DepartementCode, departementNames.GetValueOrDefault(c.DepartementCode, c.DepartementCode),
                c.RegionCode, regionNames.GetValueOrDefault(c.RegionCode, c.RegionCode), c.EpciCode, c.Population, c.PostalCodes)),
            aliases);
        Names = new TerritoryNames(
            regionNames,
            departementNames,
            departements.ToFrozenDictionary(d => d.Code, d => d.NameWithPreposition ?? "de " + d.Name, StringComparer.Ordinal),
            epcis.ToFrozenDictionary(StringComparer.Ordinal),
            communes.ToFrozenDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal));
        DepartementRegion = departements.ToFrozenDictionary(d => d.Code, d => d.RegionCode, StringComparer.Ordinal);
        CommuneDepartement = communes.ToFrozenDictionary(c => c.Code, c => c.DepartementCode, StringComparer.Ordinal);
        CommuneRegion = communes.ToFrozenDictionary(c => c.Code, c => c.RegionCode, StringComparer.Ordinal);
        var epciCommunes = communes.Where(c => c.EpciCode != null).GroupBy(c => c.EpciCode!, StringComparer.Ordinal).ToList();
        // An EPCI straddling two régions belongs, for the "dans votre région" alternatives, to the one with most of its communes.
        EpciRegion = epciCommunes.ToFrozenDictionary(
            g => g.Key, g => g.GroupBy(c => c.RegionCode).OrderByDescending(r => r.Count()).ThenBy(r => r.Key, StringComparer.Ordinal).First().Key, StringComparer.Ordinal);
        EpciDepartements = epciCommunes.ToFrozenDictionary(
            g => g.Key, g => (IReadOnlyCollection<string>)g.Select(c => c.DepartementCode).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        RegionDepartements = departements.ToLookup(d => d.RegionCode ?? "", d => d.Code, StringComparer.Ordinal);
        CommunePoints = communes.Where(c => c.Latitude != null && c.Longitude != null)
            .ToFrozenDictionary(c => c.Code, c => new GeoPoint(c.Latitude!.Value, c.Longitude!.Value), StringComparer.Ordinal);
        DepartementCentres = departements.Where(d => d.Latitude != null && d.Longitude != null)
            .ToFrozenDictionary(d => d.Code, d => new GeoPoint(d.Latitude!.Value, d.Longitude!.Value), StringComparer.Ordinal);
        Regions = regions.Where(r => r.Zone != TerritoryZone.Com).Select(r => new TerritoryEntry(TerritoryLevel.Region, r.Code, r.Name, null, r.Zone, r.Population)).ToArray();
        Departements = departements.Where(d => d.Zone != TerritoryZone.Com).Select(d => new TerritoryEntry(TerritoryLevel.Departement, d.Code, d.Name, d.RegionCode, d.Zone, d.Population)).ToArray();
        CountryCentre = StructureLocation.Mean(departements.Where(d => d.Zone == TerritoryZone.Metro).Select(d => DepartementCentres.TryGetValue(d.Code, out var p) ? p : (GeoPoint?)null));
    }

    /// <summary>The mean of the metropolitan départements' centres: where a national body is drawn, marked approximate.</summary>
    public GeoPoint? CountryCentre { get; }

    public CommuneDirectory Communes { get; }

    public TerritoryNames Names { get; }

    public FrozenDictionary<string, string?> DepartementRegion { get; }

    public FrozenDictionary<string, string> CommuneDepartement { get; }

    public FrozenDictionary<string, string> CommuneRegion { get; }

    public FrozenDictionary<string, string> EpciRegion { get; }

    public FrozenDictionary<string, IReadOnlyCollection<string>> EpciDepartements { get; }

    public ILookup<string, string> RegionDepartements { get; }

    public FrozenDictionary<string, GeoPoint> CommunePoints { get; }

    public FrozenDictionary<string, GeoPoint> DepartementCentres { get; }

    public IReadOnlyList<TerritoryEntry> Regions { get; }

    public IReadOnlyList<TerritoryEntry> Departements { get; }

    /// <summary>The région of a département, EPCI or commune zone (for the "dans votre région" alternatives).</summary>
    public string? RegionOf(CoverageZone zone) => zone.Level switch
    {
        TerritoryLevel.Departement => DepartementRegion.GetValueOrDefault(zone.Code),
        TerritoryLevel.Epci => EpciRegion.GetValueOrDefault(zone.Code),
        TerritoryLevel.Commune => CommuneRegion.GetValueOrDefault(zone.Code),
        _ => null,
    };

    public OfferFootprint Footprint(IEnumerable<CoverageZone> zones, bool partial = false) => OfferFootprint.Of(
        zones,
        d => DepartementRegion.GetValueOrDefault(d),
        c => CommuneDepartement.GetValueOrDefault(c),
        e => EpciDepartements.GetValueOrDefault(e) ?? [],
        r => RegionDepartements[r],
        partial);
}

/// <summary>Everything the snapshot is built from, as one database read returns it: all offers and structures, whatever their status.</summary>
public sealed record CatalogueRows(
    string Stamp,
    IReadOnlyList<TaxonomyTerm> Terms,
    TerritoryRows Territories,
    IReadOnlyList<Structure> Structures,
    IReadOnlyList<Offer> Offers,
    IReadOnlyList<Dispositif>? Dispositifs = null);

/// <summary>Reads the catalogue's rows from the database and builds the snapshot from them with the catalogue's rules.</summary>
public static class CatalogueBuilder
{
    /// <summary>
    /// One read of everything the snapshot needs. The territories are read again only when another import happened
    /// since <paramref name="previous"/> was read.
    /// </summary>
    public static async Task<CatalogueRows> ReadAsync(AppDbContext db, CancellationToken cancellationToken, TerritoryRows? previous = null)
    {
        var stamp = await db.CatalogVersions.AsNoTracking().Where(v => v.Id == CatalogVersion.SingletonId).Select(v => v.Stamp).FirstOrDefaultAsync(cancellationToken) ?? "";
        var terms = await db.TaxonomyTerms.AsNoTracking().ToListAsync(cancellationToken);
        var dataset = await db.TerritoryDatasets.AsNoTracking().Where(d => d.Id == TerritoryDataset.SingletonId).FirstOrDefaultAsync(cancellationToken);
        var key = dataset is null ? "" : dataset.Version + "|" + dataset.ImportedAtUtc.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var territories = previous is not null && previous.Key == key && key.Length > 0 ? previous : await ReadTerritoriesAsync(db, key, cancellationToken);
        var structures = await db.Structures.AsNoTracking().ToListAsync(cancellationToken);
        var offers = await db.Offers.AsNoTracking().ToListAsync(cancellationToken);
        var dispositifs = await db.Dispositifs.AsNoTracking().ToListAsync(cancellationToken);
        return new CatalogueRows(stamp, terms, territories, structures, offers, dispositifs);
    }

    private static async Task<TerritoryRows> ReadTerritoriesAsync(AppDbContext db, string key, CancellationToken cancellationToken)
    {
        var regions = (await db.Regions.AsNoTracking().ToListAsync(cancellationToken))
            .Select(r => new TerritoryRow(TerritoryLevel.Region, r.Code, r.Name, null, r.Zone, r.Population)).ToList();
        var departements = (await db.Departements.AsNoTracking().ToListAsync(cancellationToken))
            .Select(d => new TerritoryRow(TerritoryLevel.Departement, d.Code, d.Name, d.RegionCode, d.Zone, d.Population, d.NameWithPreposition, d.Latitude, d.Longitude))
            .ToList();
        var epcis = await db.Epcis.AsNoTracking().Select(e => new { e.Code, e.Name }).ToListAsync(cancellationToken);
        var postalCodes = (await db.CommunePostalCodes.AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(p => p.CommuneCode, p => p.PostalCode, StringComparer.Ordinal);
        var communes = (await db.Communes.AsNoTracking()
            .Select(c => new { c.Code, c.Name, c.DepartementCode, c.RegionCode, c.EpciCode, c.Population, c.Latitude, c.Longitude })
            .ToListAsync(cancellationToken))
            .Select(c => new CommuneRow(c.Code, c.Name, c.DepartementCode, c.RegionCode, c.EpciCode, c.Population, c.Latitude, c.Longitude,
                postalCodes[c.Code].Order(StringComparer.Ordinal).ToList()))
            .ToList();
        var aliases = await db.CommuneAliases.AsNoTracking().Select(a => new { a.Code, a.CommuneCode }).ToListAsync(cancellationToken);
        return new TerritoryRows(
            key,
            regions,
            departements,
            epcis.Select(e => KeyValuePair.Create(e.Code, e.Name)).ToList(),
            communes,
            aliases.Select(a => KeyValuePair.Create(a.Code, a.CommuneCode)).ToList());
    }

    /// <summary>
    /// The snapshot of the catalogue on a day: a pure function of the rows and the day. Only offers visible that day
    /// (<see cref="CatalogueRules.IsVisible"/>) and open structures enter it, so no reader filters them again.
    /// </summary>
    public static CatalogueSnapshot Build(CatalogueRows rows, DateOnly today)
    {
        var territories = rows.Territories.Lookups;
        var names = territories.Names;
        var openStructures = rows.Structures.Where(s => CatalogueRules.IsListed(s.Status)).ToDictionary(s => s.Id);
        var dispositifs = (rows.Dispositifs ?? []).ToDictionary(d => d.Code, d => new DispositifRef(d.Code, d.Name, d.Nature), StringComparer.Ordinal);
        var offers = rows.Offers
            .Where(o => openStructures.TryGetValue(o.StructureId, out var s) && CatalogueRules.IsVisible(o.Status, o.EndsOn, s.Status, today))
            .Select(o =>
            {
                var structure = openStructures[o.StructureId];
                var zones = o.Zones;
                return new CatalogueOffer(
                    OfferView.From(o, structure, z => new ZoneView(z.Level, z.Code, names.Name(z)), o.DispositifCode is { } code ? dispositifs.GetValueOrDefault(code) : null),
                    structure.IsEssSpecialist,
                    zones,
                    territories.Footprint(zones, o.PartialZones));
            })
            .ToList();

        var offersByStructure = offers.ToLookup(o => o.View.Structure.Id);
        var structures = openStructures.Values.Select(s =>
        {
            var commune = s.CommuneCode is null ? null : territories.Communes.Find(s.CommuneCode);
            var own = offersByStructure[s.Id].OrderBy(o => o.Id).ToList();
            var location = StructureLocation.Locate(
                own: null,
                commune?.Code,
                c => territories.CommunePoints.TryGetValue(c, out var p) ? p : null,
                own.Select(o => o.Footprint).ToList(),
                d => territories.DepartementCentres.TryGetValue(d, out var p) ? p : null,
                d => territories.DepartementRegion.GetValueOrDefault(d),
                r => territories.RegionDepartements[r],
                territories.CountryCentre);
            return new StructureEntry(
                s.Id, s.Name, s.Kinds, s.Networks, s.Description, s.IsEssSpecialist, commune, s.Website, s.LastVerifiedOn,
                own.Select(o => o.Id).ToArray(), location)
            {
                Siret = s.Siret,
                Email = s.Email,
                Phone = s.Phone,
                Source = s.Source,
                SourceIdentifier = s.SourceIdentifier,
                SourceUrls = s.SourceUrls,
            };
        });

        return new CatalogueSnapshot(
            offers,
            structures,
            territories.Regions,
            territories.Departements,
            new TaxonomySnapshot(rows.Terms),
            territories.Communes,
            names,
            territories.RegionOf,
            rows.Stamp,
            today)
        {
            Territories = rows.Territories,
            Dispositifs = (rows.Dispositifs ?? []).OrderBy(d => d.Name, StringComparer.Ordinal).ToList(),
        };
    }
}
