using System.Collections.Frozen;
using Aiguillage.Browsing;
using Aiguillage.Data;
using Aiguillage.Offers;
using Aiguillage.Organisations;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.Orientation;

/// <summary>Everything an orientation reads, in memory: the offer index, the référentiels, the communes; and the directory's snapshot.</summary>
public sealed record OrientationCatalog(OrientationIndex Index, TaxonomySnapshot Taxonomy, CommuneDirectory Communes, string Stamp)
{
    /// <summary>The same offers with their footprints, the active structures and the territories, for the directory, search and maps.</summary>
    public BrowseCatalog Browse { get; init; } = BrowseCatalog.Empty;
}

/// <summary>
/// Holds the current catalogue for the whole process. At most every two seconds a request reads the catalogue stamp
/// (one indexed row) and, when it changed, one request rebuilds the catalogue while the others keep the previous one.
/// </summary>
public sealed class OrientationCatalogProvider(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private OrientationCatalog? _current;
    private long _checkedAt;

    public async Task<OrientationCatalog> GetAsync(CancellationToken cancellationToken = default)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && clock.GetElapsedTime(Interlocked.Read(ref _checkedAt)) < CheckInterval)
        {
            return current;
        }

        if (current is not null && !await _rebuild.WaitAsync(0, cancellationToken))
        {
            return current; // another request is checking or rebuilding: answer from the snapshot we have.
        }

        if (current is null)
        {
            await _rebuild.WaitAsync(cancellationToken);
        }

        try
        {
            current = Volatile.Read(ref _current);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var stamp = await db.CatalogVersions.AsNoTracking().Select(v => v.Stamp).FirstOrDefaultAsync(cancellationToken) ?? "";
            if (current is null || current.Stamp != stamp)
            {
                current = await BuildAsync(db, stamp, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
                Volatile.Write(ref _current, current);
            }

            Interlocked.Exchange(ref _checkedAt, clock.GetTimestamp());
            return current;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    /// <summary>Makes the next request check the stamp at once (after an import in this process).</summary>
    public void Invalidate() => Interlocked.Exchange(ref _checkedAt, 0);

    public void Dispose() => _rebuild.Dispose();

    public static async Task<OrientationCatalog> BuildAsync(AppDbContext db, string stamp, DateOnly today, CancellationToken cancellationToken)
    {
        var taxonomy = new TaxonomySnapshot(await db.TaxonomyTerms.AsNoTracking().ToListAsync(cancellationToken));
        var regions = await db.Regions.AsNoTracking().ToListAsync(cancellationToken);
        var departements = await db.Departements.AsNoTracking().ToListAsync(cancellationToken);
        var epcis = await db.Epcis.AsNoTracking().Select(e => new { e.Code, e.Name }).ToListAsync(cancellationToken);
        var communes = await db.Communes.AsNoTracking()
            .Select(c => new { c.Code, c.Name, c.DepartementCode, c.RegionCode, c.EpciCode, c.Population, c.Latitude, c.Longitude })
            .ToListAsync(cancellationToken);
        var postalCodes = (await db.CommunePostalCodes.AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(p => p.CommuneCode, p => p.PostalCode, StringComparer.Ordinal);
        var aliases = await db.CommuneAliases.AsNoTracking().Select(a => new { a.Code, a.CommuneCode }).ToListAsync(cancellationToken);

        var regionNames = regions.ToFrozenDictionary(r => r.Code, r => r.Name, StringComparer.Ordinal);
        var departementNames = departements.ToFrozenDictionary(d => d.Code, d => d.Name, StringComparer.Ordinal);
        var directory = new CommuneDirectory(
            communes.Select(c => new CommuneEntry(
                c.Code, c.Name, c.DepartementCode, departementNames.GetValueOrDefault(c.DepartementCode, c.DepartementCode),
                c.RegionCode, regionNames.GetValueOrDefault(c.RegionCode, c.RegionCode), c.EpciCode, c.Population,
                postalCodes[c.Code].Order(StringComparer.Ordinal).ToList())),
            aliases.Select(a => KeyValuePair.Create(a.Code, a.CommuneCode)));

        var offers = await db.Offers.AsNoTracking()
            .Where(o => o.Status == OfferStatus.Published && (o.EndsOn == null || o.EndsOn >= today))
            .Join(db.Structures.Where(s => s.Status == StructureStatus.Active), o => o.StructureId, s => s.Id, (o, s) => new { Offer = o, Structure = s })
            .ToListAsync(cancellationToken);

        var communeNames = communes.ToFrozenDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        var epciRegion = communes.Where(c => c.EpciCode != null)
            .GroupBy(c => c.EpciCode!)
            .ToDictionary(g => g.Key, g => g.GroupBy(c => c.RegionCode).OrderByDescending(r => r.Count()).First().Key, StringComparer.Ordinal);
        var departementRegion = departements.ToDictionary(d => d.Code, d => d.RegionCode, StringComparer.Ordinal);
        var communeRegion = communes.ToDictionary(c => c.Code, c => c.RegionCode, StringComparer.Ordinal);

        var names = new TerritoryNames(
            regionNames,
            departementNames,
            departements.ToFrozenDictionary(d => d.Code, d => d.NameWithPreposition, StringComparer.Ordinal),
            epcis.ToFrozenDictionary(e => e.Code, e => e.Name, StringComparer.Ordinal),
            communeNames);

        var index = new OrientationIndex(
            offers.Select(x =>
            {
                var zones = x.Offer.Zones;
                return new IndexedOffer(OfferView.From(x.Offer, x.Structure, z => new ZoneView(z.Level, z.Code, names.Name(z))), x.Structure.IsEssSpecialist, zones);
            }),
            names,
            zone => zone.Level switch
            {
                TerritoryLevel.Departement => departementRegion.GetValueOrDefault(zone.Code),
                TerritoryLevel.Epci => epciRegion.GetValueOrDefault(zone.Code),
                TerritoryLevel.Commune => communeRegion.GetValueOrDefault(zone.Code),
                _ => null,
            });

        var epciDepartements = communes.Where(c => c.EpciCode != null)
            .GroupBy(c => c.EpciCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyCollection<string>)g.Select(c => c.DepartementCode).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var communeDepartement = communes.ToDictionary(c => c.Code, c => c.DepartementCode, StringComparer.Ordinal);
        var regionDepartements = departements.ToLookup(d => d.RegionCode, d => d.Code, StringComparer.Ordinal);
        var browseOffers = index.Offers.Select(o => new BrowseOffer(o, BrowseCatalog.Footprint(
            o.Zones,
            d => departementRegion.GetValueOrDefault(d),
            c => communeDepartement.GetValueOrDefault(c),
            e => epciDepartements.GetValueOrDefault(e) ?? [],
            r => regionDepartements[r]))).ToList();
        var offerIdsByStructure = index.Offers.ToLookup(o => o.View.Structure.Id, o => o.Id);
        var activeStructures = await db.Structures.AsNoTracking()
            .Where(s => s.Status == StructureStatus.Active)
            .ToListAsync(cancellationToken);
        var communePoints = communes.Where(c => c.Latitude != null && c.Longitude != null)
            .ToFrozenDictionary(c => c.Code, c => new GeoPoint(c.Latitude!.Value, c.Longitude!.Value), StringComparer.Ordinal);
        var departementCentres = departements.Where(d => d.Latitude != null && d.Longitude != null)
            .ToFrozenDictionary(d => d.Code, d => new GeoPoint(d.Latitude!.Value, d.Longitude!.Value), StringComparer.Ordinal);
        var footprints = browseOffers.ToDictionary(o => o.Id, o => o.Footprint);
        var browseStructures = activeStructures.Select(s =>
        {
            var commune = s.CommuneCode is null ? null : directory.Find(s.CommuneCode);
            var offerIds = offerIdsByStructure[s.Id].Order().ToArray();
            var location = StructureLocation.Locate(
                own: null,
                commune?.Code,
                c => communePoints.TryGetValue(c, out var p) ? p : null,
                offerIds.Select(id => footprints[id]).ToList(),
                d => departementCentres.TryGetValue(d, out var p) ? p : null);
            return new StructureEntry(
                s.Id, s.Name, s.Kinds, s.Networks, s.Description, s.IsEssSpecialist, commune?.Code, commune?.Name,
                commune?.DepartementCode, commune?.RegionCode, s.Website, s.LastVerifiedOn, offerIds, location);
        });
        var browseRegions = regions.Where(r => r.Zone != TerritoryZone.Com)
            .Select(r => new TerritoryEntry(TerritoryLevel.Region, r.Code, r.Name, null, r.Zone, r.Population));
        var browseDepartements = departements.Where(d => d.Zone != TerritoryZone.Com)
            .Select(d => new TerritoryEntry(TerritoryLevel.Departement, d.Code, d.Name, d.RegionCode, d.Zone, d.Population));

        return new OrientationCatalog(index, taxonomy, directory, stamp)
        {
            Browse = new BrowseCatalog(browseOffers, browseStructures, browseRegions, browseDepartements),
        };
    }
}
