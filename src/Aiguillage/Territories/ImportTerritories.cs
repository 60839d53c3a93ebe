using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Aiguillage.Data;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Territories;

public sealed record TerritoryImportProgress(string Step, int Done, int Total);

public sealed record TerritoryImportReport(
    string PackageVersion,
    int Regions,
    int Departements,
    int Epcis,
    int Communes,
    int PostalCodes,
    int Aliases,
    TimeSpan Duration);

/// <summary>
/// Replaces the territories with those of the official Etalab package (@etalab/decoupage-administratif),
/// in one transaction: a failed import leaves the previous territories in place.
/// </summary>
public sealed class ImportTerritories(AppDbContext db, TimeProvider clock)
{
    public const string PackageName = "@etalab/decoupage-administratif";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public async Task<TerritoryImportReport> HandleAsync(
        string dataDirectory,
        IProgress<TerritoryImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var files = TerritoryFiles.Read(dataDirectory);
        var data = Build(files, TerritoryCoordinates.Embedded);

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            progress?.Report(new("Suppression des territoires précédents", 0, 1));
            await db.CommuneAliases.ExecuteDeleteAsync(cancellationToken);
            await db.CommunePostalCodes.ExecuteDeleteAsync(cancellationToken);
            await db.Communes.ExecuteDeleteAsync(cancellationToken);
            await db.Epcis.ExecuteDeleteAsync(cancellationToken);
            await db.Departements.ExecuteDeleteAsync(cancellationToken);
            await db.Regions.ExecuteDeleteAsync(cancellationToken);
            await db.TerritoryDatasets.ExecuteDeleteAsync(cancellationToken);

            await InsertAsync("Régions", data.Regions, progress, cancellationToken);
            await InsertAsync("Départements", data.Departements, progress, cancellationToken);
            await InsertAsync("Intercommunalités", data.Epcis, progress, cancellationToken);
            await InsertAsync("Communes", data.Communes, progress, cancellationToken);
            await InsertAsync("Codes postaux", data.PostalCodes, progress, cancellationToken);
            await InsertAsync("Codes rattachés", data.Aliases, progress, cancellationToken);
            db.TerritoryDatasets.Add(new TerritoryDataset(PackageName, files.Version, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        db.ChangeTracker.Clear();

        return new TerritoryImportReport(
            files.Version,
            data.Regions.Count,
            data.Departements.Count,
            data.Epcis.Count,
            data.Communes.Count,
            data.PostalCodes.Count,
            data.Aliases.Count,
            stopwatch.Elapsed);
    }

    private async Task InsertAsync<T>(string step, IReadOnlyList<T> rows, IProgress<TerritoryImportProgress>? progress, CancellationToken cancellationToken)
        where T : class
    {
        const int chunk = 5_000;
        var previous = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            for (var start = 0; start < rows.Count; start += chunk)
            {
                var slice = rows.Skip(start).Take(chunk);
                db.Set<T>().AddRange(slice);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                progress?.Report(new(step, Math.Min(start + chunk, rows.Count), rows.Count));
            }

            if (rows.Count == 0)
            {
                progress?.Report(new(step, 0, 0));
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = previous;
        }
    }

    /// <summary>Turns the package's files into our entities, with their points when known; pure, so it is unit-tested without a database.</summary>
    public static TerritoryData Build(TerritoryFiles files, TerritoryCoordinates? coordinates = null)
    {
        coordinates ??= TerritoryCoordinates.None;
        var epciOfCommune = new Dictionary<string, string>(StringComparer.Ordinal);
        var epcis = new List<Epci>();
        foreach (var e in files.Epcis)
        {
            epcis.Add(new Epci(e.Code, e.Nom, e.Type, e.PopulationMunicipale));
            foreach (var member in e.Membres)
            {
                epciOfCommune[member.Code] = e.Code;
            }
        }

        var communes = new List<Commune>();
        var postalCodes = new List<CommunePostalCode>();
        var aliases = new Dictionary<string, CommuneAlias>(StringComparer.Ordinal);
        var currentCodes = files.Communes.Where(c => c.Type == "commune-actuelle").Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

        foreach (var c in files.Communes)
        {
            switch (c.Type)
            {
                case "commune-actuelle":
                    communes.Add(new Commune(
                        c.Code,
                        c.Nom,
                        c.Departement,
                        c.Region,
                        epciOfCommune.GetValueOrDefault(c.Code),
                        c.Population ?? 0,
                        ParseZone(c.Zone)));
                    foreach (var postalCode in (c.CodesPostaux ?? []).Distinct(StringComparer.Ordinal))
                    {
                        postalCodes.Add(new CommunePostalCode(postalCode, c.Code));
                    }

                    foreach (var former in c.AnciensCodes ?? [])
                    {
                        if (!currentCodes.Contains(former))
                        {
                            aliases.TryAdd(former, new CommuneAlias(former, c.Nom, c.Code, CommuneAliasKind.AncienCode));
                        }
                    }

                    break;
                case "arrondissement-municipal" when c.Commune is not null:
                    aliases[c.Code] = new CommuneAlias(c.Code, c.Nom, c.Commune, CommuneAliasKind.ArrondissementMunicipal);
                    break;
                case "commune-deleguee" or "commune-associee" when c.ChefLieu is not null && !currentCodes.Contains(c.Code):
                    var kind = c.Type == "commune-deleguee" ? CommuneAliasKind.CommuneDeleguee : CommuneAliasKind.CommuneAssociee;
                    aliases[c.Code] = new CommuneAlias(c.Code, c.Nom, c.ChefLieu, kind);
                    break;
                default:
                    break;
            }
        }

        var regions = files.Regions.Select(r => new Region(r.Code, r.Nom, ParseZone(r.Zone), r.ChefLieu)).ToList();
        var departements = files.Departements.Select(d => new Departement(d.Code, d.Nom, d.Region, ParseZone(d.Zone), d.ChefLieu, d.TypeLiaison ?? 0)).ToList();

        var populationByDepartement = communes.GroupBy(c => c.DepartementCode).ToDictionary(g => g.Key, g => g.Sum(c => c.Population));
        var populationByRegion = communes.GroupBy(c => c.RegionCode).ToDictionary(g => g.Key, g => g.Sum(c => c.Population));
        foreach (var d in departements)
        {
            d.SetPopulation(populationByDepartement.GetValueOrDefault(d.Code));
        }

        foreach (var r in regions)
        {
            r.SetPopulation(populationByRegion.GetValueOrDefault(r.Code));
        }

        PlaceCommunes(communes, files.Communes, coordinates);
        foreach (var d in departements)
        {
            if (coordinates.Departements.TryGetValue(d.Code, out var centre))
            {
                d.SetCentre(centre);
            }
        }

        // A former code that is now an alias of a merged commune must point at a current commune.
        var validAliases = aliases.Values.Where(a => currentCodes.Contains(a.CommuneCode)).ToList();

        return new TerritoryData(regions, departements, epcis, communes, postalCodes, validAliases);
    }

    /// <summary>
    /// A commune gets its own point; a commune missing from the reference file (Paris, Lyon and Marseille are listed by
    /// arrondissement, some merged communes by their déléguées) gets the mean of its parts' points.
    /// </summary>
    private static void PlaceCommunes(List<Commune> communes, IReadOnlyList<CommuneRecord> records, TerritoryCoordinates coordinates)
    {
        var partsOf = records
            .Where(r => r.Type is "arrondissement-municipal" or "commune-deleguee" or "commune-associee")
            .Select(r => (Parent: r.Type == "arrondissement-municipal" ? r.Commune : r.ChefLieu, r.Code))
            .Where(r => r.Parent is not null && r.Parent != r.Code)
            .ToLookup(r => r.Parent!, r => r.Code, StringComparer.Ordinal);
        foreach (var commune in communes)
        {
            if (coordinates.Communes.TryGetValue(commune.Code, out var point))
            {
                commune.SetPosition(point);
                continue;
            }

            var parts = partsOf[commune.Code].Select(code => coordinates.CommuneParts.TryGetValue(code, out var p) ? p : (GeoPoint?)null).OfType<GeoPoint>().ToList();
            if (parts.Count > 0)
            {
                commune.SetPosition(new GeoPoint(parts.Average(p => p.Latitude), parts.Average(p => p.Longitude)));
            }
        }
    }

    private static TerritoryZone ParseZone(string? zone) => zone switch
    {
        "drom" => TerritoryZone.Drom,
        "com" => TerritoryZone.Com,
        _ => TerritoryZone.Metro,
    };

    public sealed record TerritoryData(
        IReadOnlyList<Region> Regions,
        IReadOnlyList<Departement> Departements,
        IReadOnlyList<Epci> Epcis,
        IReadOnlyList<Commune> Communes,
        IReadOnlyList<CommunePostalCode> PostalCodes,
        IReadOnlyList<CommuneAlias> Aliases);

    public sealed record TerritoryFiles(
        string Version,
        IReadOnlyList<RegionRecord> Regions,
        IReadOnlyList<DepartementRecord> Departements,
        IReadOnlyList<EpciRecord> Epcis,
        IReadOnlyList<CommuneRecord> Communes)
    {
        public static TerritoryFiles Read(string dataDirectory)
        {
            if (!System.IO.Directory.Exists(dataDirectory))
            {
                throw new TerritoryDataMissingException(
                    $"Le dossier des données territoriales « {dataDirectory} » est introuvable : lancez « npm ci » à la racine du dépôt puis reconstruisez.");
            }

            var version = ReadVersion(dataDirectory);
            return new TerritoryFiles(
                version,
                ReadFile<RegionRecord>(dataDirectory, "regions.json"),
                ReadFile<DepartementRecord>(dataDirectory, "departements.json"),
                ReadFile<EpciRecord>(dataDirectory, "epci.json"),
                ReadFile<CommuneRecord>(dataDirectory, "communes.json"));
        }

        private static string ReadVersion(string dataDirectory)
        {
            var path = Path.Combine(dataDirectory, "package.json");
            if (!File.Exists(path))
            {
                return "inconnue";
            }

            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            return document.RootElement.TryGetProperty("version", out var v) ? v.GetString() ?? "inconnue" : "inconnue";
        }

        private static List<T> ReadFile<T>(string dataDirectory, string name)
        {
            var path = Path.Combine(dataDirectory, name);
            if (!File.Exists(path))
            {
                throw new TerritoryDataMissingException($"Le fichier officiel « {path} » est introuvable : lancez « npm ci » à la racine du dépôt puis reconstruisez.");
            }

            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<List<T>>(stream, JsonOptions)
                ?? throw new TerritoryDataMissingException($"Le fichier officiel « {path} » est vide.");
        }
    }

    public sealed record RegionRecord(string Code, string Nom, string? Zone, string? ChefLieu);

    public sealed record DepartementRecord(string Code, string Nom, string Region, string? Zone, string? ChefLieu, int? TypeLiaison = null);

    public sealed record EpciMemberRecord(string Code);

    public sealed record EpciRecord(string Code, string Nom, string Type, long PopulationMunicipale, IReadOnlyList<EpciMemberRecord> Membres);

    public sealed record CommuneRecord(
        string Code,
        string Nom,
        string Type,
        string? Zone,
        string Departement,
        string Region,
        long? Population,
        IReadOnlyList<string>? CodesPostaux,
        IReadOnlyList<string>? AnciensCodes,
        string? Commune,
        string? ChefLieu)
    {
        [JsonIgnore]
        public bool IsCurrent => Type == "commune-actuelle";
    }
}

public sealed class TerritoryDataMissingException(string message) : Exception(message);
