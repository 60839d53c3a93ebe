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

/// <summary>Everything the snapshot is built from, as one database read returns it: all offers and structures, whatever their status.</summary>
public sealed record CatalogueRows(
    string Stamp,
    IReadOnlyList<TaxonomyTerm> Terms,
    IReadOnlyList<TerritoryRow> Regions,
    IReadOnlyList<TerritoryRow> Departements,
    IReadOnlyList<KeyValuePair<string, string>> Epcis,
    IReadOnlyList<CommuneRow> Communes,
    IReadOnlyList<KeyValuePair<string, string>> CommuneAliases,
    IReadOnlyList<Structure> Structures,
    IReadOnlyList<Offer> Offers);

/// <summary>Reads the catalogue's rows from the database and builds the snapshot from them with the catalogue's rules.</summary>
public static class CatalogueBuilder
{
    /// <summary>One read of everything the snapshot needs (a few queries in one no-tracking pass).</summary>
    public static async Task<CatalogueRows> ReadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var stamp = await db.CatalogVersions.AsNoTracking().Select(v => v.Stamp).FirstOrDefaultAsync(cancellationToken) ?? "";
        var terms = await db.TaxonomyTerms.AsNoTracking().ToListAsync(cancellationToken);
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
        var structures = await db.Structures.AsNoTracking().ToListAsync(cancellationToken);
        var offers = await db.Offers.AsNoTracking().ToListAsync(cancellationToken);
        return new CatalogueRows(
            stamp,
            terms,
            regions,
            departements,
            epcis.Select(e => KeyValuePair.Create(e.Code, e.Name)).ToList(),
            communes,
            aliases.Select(a => KeyValuePair.Create(a.Code, a.CommuneCode)).ToList(),
            structures,
            offers);
    }

    /// <summary>
    /// The snapshot of the catalogue on a day: a pure function of the rows and the day. Only offers visible that day
    /// (<see cref="CatalogueRules.IsVisible"/>) and open structures enter it, so no reader filters them again.
    /// </summary>
    public static CatalogueSnapshot Build(CatalogueRows rows, DateOnly today)
    {
        var taxonomy = new TaxonomySnapshot(rows.Terms);
        var regionNames = rows.Regions.ToFrozenDictionary(r => r.Code, r => r.Name, StringComparer.Ordinal);
        var departementNames = rows.Departements.ToFrozenDictionary(d => d.Code, d => d.Name, StringComparer.Ordinal);
        var communes = new CommuneDirectory(
            rows.Communes.Select(c => new CommuneEntry(
                c.Code, c.Name, c.DepartementCode, departementNames.GetValueOrDefault(c.DepartementCode, c.DepartementCode),
                c.RegionCode, regionNames.GetValueOrDefault(c.RegionCode, c.RegionCode), c.EpciCode, c.Population, c.PostalCodes)),
            rows.CommuneAliases);
        var names = new TerritoryNames(
            regionNames,
            departementNames,
            rows.Departements.ToFrozenDictionary(d => d.Code, d => d.NameWithPreposition ?? "de " + d.Name, StringComparer.Ordinal),
            rows.Epcis.ToFrozenDictionary(StringComparer.Ordinal),
            rows.Communes.ToFrozenDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal));

        var departementRegion = rows.Departements.ToDictionary(d => d.Code, d => d.RegionCode, StringComparer.Ordinal);
        var communeDepartement = rows.Communes.ToDictionary(c => c.Code, c => c.DepartementCode, StringComparer.Ordinal);
        var communeRegion = rows.Communes.ToDictionary(c => c.Code, c => c.RegionCode, StringComparer.Ordinal);
        var epciCommunes = rows.Communes.Where(c => c.EpciCode != null).GroupBy(c => c.EpciCode!, StringComparer.Ordinal).ToList();
        // An EPCI straddling two régions belongs, for the "dans votre région" alternatives, to the one with most of its communes.
        var epciRegion = epciCommunes.ToDictionary(
            g => g.Key, g => g.GroupBy(c => c.RegionCode).OrderByDescending(r => r.Count()).ThenBy(r => r.Key, StringComparer.Ordinal).First().Key, StringComparer.Ordinal);
        var epciDepartements = epciCommunes.ToDictionary(
            g => g.Key, g => (IReadOnlyCollection<string>)g.Select(c => c.DepartementCode).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var regionDepartements = rows.Departements.ToLookup(d => d.RegionCode ?? "", d => d.Code, StringComparer.Ordinal);

        var openStructures = rows.Structures.Where(s => CatalogueRules.IsListed(s.Status)).ToDictionary(s => s.Id);
        var offers = rows.Offers
            .Where(o => openStructures.TryGetValue(o.StructureId, out var s) && CatalogueRules.IsVisible(o.Status, o.EndsOn, s.Status, today))
            .Select(o =>
            {
                var structure = openStructures[o.StructureId];
                var zones = o.Zones;
                return new CatalogueOffer(
                    OfferView.From(o, structure, z => new ZoneView(z.Level, z.Code, names.Name(z))),
                    structure.IsEssSpecialist,
                    zones,
                    OfferFootprint.Of(
                        zones,
                        d => departementRegion.GetValueOrDefault(d),
                        c => communeDepartement.GetValueOrDefault(c),
                        e => epciDepartements.GetValueOrDefault(e) ?? [],
                        r => regionDepartements[r]));
            })
            .ToList();

        var communePoints = rows.Communes.Where(c => c.Latitude != null && c.Longitude != null)
            .ToFrozenDictionary(c => c.Code, c => new GeoPoint(c.Latitude!.Value, c.Longitude!.Value), StringComparer.Ordinal);
        var departementCentres = rows.Departements.Where(d => d.Latitude != null && d.Longitude != null)
            .ToFrozenDictionary(d => d.Code, d => new GeoPoint(d.Latitude!.Value, d.Longitude!.Value), StringComparer.Ordinal);
        var offersByStructure = offers.ToLookup(o => o.View.Structure.Id);
        var structures = openStructures.Values.Select(s =>
        {
            var commune = s.CommuneCode is null ? null : communes.Find(s.CommuneCode);
            var own = offersByStructure[s.Id].OrderBy(o => o.Id).ToList();
            var location = StructureLocation.Locate(
                own: null,
                commune?.Code,
                c => communePoints.TryGetValue(c, out var p) ? p : null,
                own.Select(o => o.Footprint).ToList(),
                d => departementCentres.TryGetValue(d, out var p) ? p : null);
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
            rows.Regions.Where(r => r.Zone != TerritoryZone.Com).Select(r => new TerritoryEntry(TerritoryLevel.Region, r.Code, r.Name, null, r.Zone, r.Population)),
            rows.Departements.Where(d => d.Zone != TerritoryZone.Com).Select(d => new TerritoryEntry(TerritoryLevel.Departement, d.Code, d.Name, d.RegionCode, d.Zone, d.Population)),
            taxonomy,
            communes,
            names,
            zone => zone.Level switch
            {
                TerritoryLevel.Departement => departementRegion.GetValueOrDefault(zone.Code),
                TerritoryLevel.Epci => epciRegion.GetValueOrDefault(zone.Code),
                TerritoryLevel.Commune => communeRegion.GetValueOrDefault(zone.Code),
                _ => null,
            },
            rows.Stamp,
            today);
    }
}
