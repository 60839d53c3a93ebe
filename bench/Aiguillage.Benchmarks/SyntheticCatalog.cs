using System.Collections.Frozen;
using System.Globalization;
using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.Offers;
using Aiguillage.Orientation;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.Benchmarks;

/// <summary>
/// Synthetic offers spread over the real territories of the official package, with a fixed seed so every run
/// measures the same catalogue: 10 % national, 15 % régional, 40 % départemental, 15 % EPCI, 20 % communal.
/// </summary>
internal sealed class SyntheticCatalog
{
    private static readonly string[] Stages = ["ideation", "emergence", "creation", "consolidation", "changement-echelle"];
    private static readonly string[] Needs = TaxonomyCatalog.Version1.Where(t => t.Kind == TaxonomyKind.Need).Select(t => t.Code).ToArray();
    private static readonly string[] Publics = TaxonomyCatalog.Version1.Where(t => t.Kind == TaxonomyKind.Public).Select(t => t.Code).ToArray();
    private static readonly string[] Types = TaxonomyCatalog.Version1.Where(t => t.Kind == TaxonomyKind.OfferType).Select(t => t.Code).ToArray();
    private static readonly string?[] Costs = ["gratuit", "payant", "variable", null];

    public SyntheticCatalog()
    {
        Territories = ImportTerritories.Build(ImportTerritories.TerritoryFiles.Read(InitializeDatabase.DefaultTerritoryDataDirectory));
        Communes = Territories.Communes.Where(c => c.Zone != TerritoryZone.Com).ToArray();
    }

    public ImportTerritories.TerritoryData Territories { get; }

    public Commune[] Communes { get; }

    public IEnumerable<(OfferDetails Offer, bool Specialist)> Offers(int count, int seed = 42)
    {
        var random = new Random(seed);
        var regions = Territories.Regions.Where(r => r.Zone != TerritoryZone.Com).Select(r => r.Code).ToArray();
        var departements = Territories.Departements.Where(d => d.Zone != TerritoryZone.Com).Select(d => d.Code).ToArray();
        var epcis = Territories.Epcis.Select(e => e.Code).ToArray();
        T Pick<T>(T[] items) => items[random.Next(items.Length)];
        string[] Some(string[] items, int min, int max) => items.OrderBy(_ => random.Next()).Take(random.Next(min, max + 1)).ToArray();

        for (var i = 0; i < count; i++)
        {
            var roll = random.NextDouble();
            CoverageZone zone = roll switch
            {
                < 0.10 => CoverageZone.France,
                < 0.25 => new(TerritoryLevel.Region, Pick(regions)),
                < 0.65 => new(TerritoryLevel.Departement, Pick(departements)),
                < 0.80 => new(TerritoryLevel.Epci, Pick(epcis)),
                _ => new(TerritoryLevel.Commune, Pick(Communes).Code),
            };
            var firstStage = random.Next(Stages.Length);
            var stages = Stages.Skip(firstStage).Take(random.Next(1, 4)).ToArray();
            var offer = new OfferDetails(
                $"Offre synthétique {i.ToString(CultureInfo.InvariantCulture)}",
                "Accompagnement de projets de l'économie sociale et solidaire, généré pour les mesures.",
                Some(Types, 1, 2),
                [],
                stages,
                Some(Needs, 1, 4),
                random.NextDouble() < 0.5 ? [] : Some(Publics, 1, 3),
                [zone],
                Costs[random.Next(Costs.Length)],
                null, null, null, null, null, null, null,
                OfferStatus.Published,
                new DateOnly(2026, 11, 25).AddDays(-random.Next(0, 5 * 365)),
                null,
                ["https://example.org/synthetique"]);
            yield return (offer, random.NextDouble() < 0.7);
        }
    }

    public OfferIndex Index(int count)
    {
        var departementRegion = Territories.Departements.ToDictionary(d => d.Code, d => d.RegionCode);
        var communeRegion = Territories.Communes.ToDictionary(c => c.Code, c => c.RegionCode);
        var epciRegion = Territories.Communes.Where(c => c.EpciCode != null).GroupBy(c => c.EpciCode!).ToDictionary(g => g.Key, g => g.First().RegionCode);
        var names = new TerritoryNames(
            Territories.Regions.ToFrozenDictionary(r => r.Code, r => r.Name),
            Territories.Departements.ToFrozenDictionary(d => d.Code, d => d.Name),
            Territories.Departements.ToFrozenDictionary(d => d.Code, d => d.NameWithPreposition),
            Territories.Epcis.ToFrozenDictionary(e => e.Code, e => e.Name),
            Territories.Communes.ToFrozenDictionary(c => c.Code, c => c.Name));
        var id = 0;
        return new OfferIndex(
            Offers(count).Select(o =>
            {
                id++;
                var view = new OfferView(
                    id, o.Offer.Title, o.Offer.Description, new StructureRef(id, "Structure " + id.ToString(CultureInfo.InvariantCulture), null), o.Offer.Types, o.Offer.Instruments,
                    o.Offer.Stages, o.Offer.Needs, o.Offer.Publics, o.Offer.Cost, null, null, null, null, null, null, null, OfferStatus.Published,
                    o.Offer.Zones.Select(z => new ZoneView(z.Level, z.Code, names.Name(z))).ToList(), o.Offer.LastVerifiedOn, null, "synthetique",
                    id.ToString(CultureInfo.InvariantCulture), o.Offer.SourceUrls);
                return new CatalogueOffer(view, o.Specialist, o.Offer.Zones);
            }),
            names,
            z => z.Level switch
            {
                TerritoryLevel.Departement => departementRegion.GetValueOrDefault(z.Code),
                TerritoryLevel.Commune => communeRegion.GetValueOrDefault(z.Code),
                TerritoryLevel.Epci => epciRegion.GetValueOrDefault(z.Code),
                _ => null,
            });
    }

    /// <summary>Profiles in communes drawn by population (people ask from where people live).</summary>
    public OrientationProfile[] Profiles(int count, int seed = 7)
    {
        var random = new Random(seed);
        var byPopulation = Communes.OrderByDescending(c => c.Population).Take(5_000).ToArray();
        return Enumerable.Range(0, count).Select(_ =>
        {
            var c = byPopulation[random.Next(byPopulation.Length)];
            return new OrientationProfile(
                new CommuneLocation(c.Code, c.DepartementCode, c.RegionCode, c.EpciCode),
                c.Name,
                Stages[random.Next(Stages.Length)],
                Needs.OrderBy(_ => random.Next()).Take(random.Next(0, 4)).ToArray(),
                random.NextDouble() < 0.5 ? null : Publics[random.Next(Publics.Length)],
                null);
        }).ToArray();
    }

    /// <summary>Communes drawn in proportion to their population (people ask, and structures settle, where people live).</summary>
    public Commune[] PopulationDraw(Random random, int count)
    {
        var cumulative = new long[Communes.Length];
        long total = 0;
        for (var i = 0; i < Communes.Length; i++)
        {
            total += Communes[i].Population;
            cumulative[i] = total;
        }

        return Enumerable.Range(0, count).Select(_ =>
        {
            var index = Array.BinarySearch(cumulative, random.NextInt64(total));
            return Communes[index < 0 ? ~index : index + 1 < Communes.Length ? index + 1 : index];
        }).ToArray();
    }

    /// <summary>
    /// A SQLite file with the official territories and <paramref name="count"/> of these offers (structures placed),
    /// imported through the CSV import as a person would, then <paramref name="complete"/> given the file; built once under
    /// a temporary name and moved into place, so a half-built file is never reused. Delete the file to rebuild it.
    /// </summary>
    public async Task EnsureDatabaseAsync(string path, int count, Action<string>? complete = null)
    {
        if (File.Exists(path))
        {
            return;
        }

        var partial = path + ".partiel";
        File.Delete(partial);
        using (var services = Benchmarks.Services.For($"Data Source={partial}"))
        using (var scope = services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.MigrateAsync();
            await scope.ServiceProvider.GetRequiredService<ImportTerritories>().HandleAsync(InitializeDatabase.DefaultTerritoryDataDirectory);
            var csv = string.Join('\n', CsvLines(count, placeStructures: true));
            var report = await scope.ServiceProvider.GetRequiredService<ImportOffers>().HandleAsync(new StringReader(csv), dryRun: false);
            if (report.Errors.Count > 0 || report.OffersCreated != count)
            {
                throw new InvalidOperationException($"import des offres synthétiques : {report.Errors.Count} erreurs, {report.OffersCreated} offres créées.");
            }
        }

        complete?.Invoke(partial);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Move(partial, path);
    }

    /// <summary>The same offers as CSV lines of the import format, for loading a real database before an HTTP load test.</summary>
    /// <param name="count">How many offers.</param>
    /// <param name="placeStructures">Give each of the 500 structures a commune (drawn by population), so that the distance
    /// from each commune to the nearest local offer has places to measure from.</param>
    public IEnumerable<string> CsvLines(int count, bool placeStructures = false)
    {
        var places = placeStructures ? PopulationDraw(new Random(11), 500) : [];
        yield return string.Join(',', OfferCsv.AllColumns);
        var i = 0;
        foreach (var (offer, specialist) in Offers(count))
        {
            i++;
            var n = i.ToString(CultureInfo.InvariantCulture);
            yield return string.Join(',', OfferCsv.AllColumns.Select(c => Imports.CsvReader.Escape(c switch
            {
                "source" => "synthetique",
                "identifiant" => "offre-" + n,
                "structure_identifiant" => "structure-" + ((i % 500) + 1).ToString(CultureInfo.InvariantCulture),
                "structure_nom" => "Structure synthétique " + ((i % 500) + 1).ToString(CultureInfo.InvariantCulture),
                "structure_types" => "reseau",
                "structure_commune" => placeStructures ? places[i % 500].Code : "",
                "structure_specialiste_ess" => "oui",
                "nom" => offer.Title,
                "description" => offer.Description,
                "types" => string.Join('|', offer.Types),
                "etapes" => string.Join('|', offer.Stages),
                "besoins" => string.Join('|', offer.Needs),
                "publics" => string.Join('|', offer.Publics),
                "zones" => string.Join('|', offer.Zones),
                "frais" => offer.Cost ?? "",
                "date_verification" => "2026-11-25",
                "sources" => "https://example.org/synthetique",
                _ => "",
            })));
        }
    }
}
