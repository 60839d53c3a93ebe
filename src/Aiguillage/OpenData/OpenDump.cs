using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Aiguillage.Catalogue;
using Aiguillage.Maps;
using Aiguillage.Offers;

namespace Aiguillage.OpenData;

/// <summary>Where the open dumps go and when the site writes one (section « OpenData »).</summary>
public sealed class OpenDumpOptions
{
    public const string Section = "OpenData";

    /// <summary>The folder of the dumps, relative to the site's (or the command line's) content root.</summary>
    public string DumpDirectory { get; set; } = Path.Combine("App_Data", "donnees-ouvertes");

    /// <summary>Whether the site writes a dump every night (and at start when there is none).</summary>
    public bool NightlyDump { get; set; } = true;

    /// <summary>The hour, Paris time, of the nightly dump: 3 by default, when nobody edits.</summary>
    public int DumpHour { get; set; } = 3;
}

/// <summary>One file of a dump, as metadata.json lists it.</summary>
public sealed record OpenDumpFile(
    [property: JsonPropertyName("nom")] string Name,
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("type_media")] string MediaType,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("enregistrements")] int Records,
    [property: JsonPropertyName("octets")] long Bytes,
    [property: JsonPropertyName("sha256")] string Sha256);

/// <summary>The licence of every file of the dump.</summary>
public sealed record OpenDumpLicence(
    [property: JsonPropertyName("nom")] string Name,
    [property: JsonPropertyName("url")] string Url);

/// <summary>How many records of each kind the dump holds.</summary>
public sealed record OpenDumpCounts(
    [property: JsonPropertyName("structures")] int Structures,
    [property: JsonPropertyName("offres")] int Offers,
    [property: JsonPropertyName("structures_data_inclusion")] int DataInclusionStructures,
    [property: JsonPropertyName("services_data_inclusion")] int DataInclusionServices,
    [property: JsonPropertyName("structures_placees")] int PlacedStructures);

/// <summary>metadata.json: when the dump was written, from which catalogue, under which licence, and each file with its hash.</summary>
public sealed record OpenDumpManifest(
    [property: JsonPropertyName("date")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("jour_catalogue")] DateOnly CatalogueDay,
    [property: JsonPropertyName("producteur")] string Producer,
    [property: JsonPropertyName("site")] string Site,
    [property: JsonPropertyName("dictionnaire")] string Dictionary,
    [property: JsonPropertyName("licence")] OpenDumpLicence Licence,
    [property: JsonPropertyName("comptes")] OpenDumpCounts Counts,
    [property: JsonPropertyName("fichiers")] IReadOnlyList<OpenDumpFile> Files)
{
    public const string FileName = "metadata.json";

    public OpenDumpFile? File(string name) => Files.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}

/// <summary>The latest dump of a folder: its manifest and where its files are.</summary>
public sealed record OpenDumpFolder(string Path, OpenDumpManifest Manifest)
{
    /// <summary>The full path of a file the manifest lists; null for any other name, so that no other file can be served.</summary>
    public string? PathOf(string name) => Manifest.File(name) is { } file ? System.IO.Path.Combine(Path, file.Name) : null;
}

/// <summary>
/// Writes the open dump of the published catalogue (issue 13, item 4; docs/adr/019-decharges-et-integration.md): our CSV
/// (re-importable), data·inclusion JSON (the file <c>offers import-data-inclusion</c> reads), the structures' GeoJSON, and
/// metadata.json, under Licence Ouverte 2.0. Each dump goes to a folder of its own, renamed into place when complete, so
/// that a reader never sees half a dump; the two newest are kept.
/// </summary>
public sealed class WriteOpenDump(CatalogueProvider catalogue, TimeProvider clock)
{
    public const string CsvFile = "offres.csv";
    public const string DataInclusionFile = "data-inclusion.json";
    public const string GeoJsonFile = "structures.geojson";
    public const int Kept = 2;

    public static OpenDumpLicence Licence { get; } = new("Licence Ouverte 2.0 (Etalab)", "https://www.etalab.gouv.fr/licence-ouverte-open-licence/");

    public async Task<OpenDumpFolder> HandleAsync(string root, string publicBaseUrl, CancellationToken cancellationToken = default)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        var site = publicBaseUrl.TrimEnd('/');
        var now = clock.GetUtcNow();
        System.IO.Directory.CreateDirectory(root);
        var work = Path.Combine(root, ".en-cours-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(work);
        try
        {
            int csvRows, placed;
            (int Structures, int Services) dataInclusion;
            await using (var csv = Create(work, CsvFile))
            {
                csvRows = await OpenDataWriter.WriteCsvRowsAsync(OfferCsv.AllColumns, MapToOfferCsv.Rows(snapshot, site), csv, cancellationToken);
            }

            await using (var json = Create(work, DataInclusionFile))
            {
                dataInclusion = await OpenDataWriter.WriteDataInclusionFileAsync(
                    MapToDataInclusion.Structures(snapshot, site), MapToDataInclusion.Services(snapshot, site), json, cancellationToken);
            }

            await using (var geo = Create(work, GeoJsonFile))
            {
                await StructureGeoJson.WriteAsync(geo, snapshot.Structures, snapshot, site, cancellationToken);
                placed = snapshot.Structures.Count(s => s.Location.Point is not null);
            }

            var files = new List<OpenDumpFile>
            {
                await DescribeAsync(work, CsvFile, "CSV", "text/csv; charset=utf-8",
                    "Les offres publiées et leurs structures, une ligne par offre, au format d'import d'Aiguillage (docs/format-csv-offres.md) : réimportable tel quel.", csvRows, cancellationToken),
                await DescribeAsync(work, DataInclusionFile, "JSON", "application/json",
                    "Les structures et les offres (services) au schéma data·inclusion v1 : { \"structures\": [...], \"services\": [...] } ; sans les fiches sans aucune date (date_maj est obligatoire).",
                    dataInclusion.Structures + dataInclusion.Services, cancellationToken),
                await DescribeAsync(work, GeoJsonFile, "GeoJSON", StructureGeoJson.ContentType,
                    "Les structures placées sur la carte (RFC 7946, WGS 84), comme GET /api/v1/structures.geojson.", placed, cancellationToken),
            };
            var manifest = new OpenDumpManifest(
                now, snapshot.Day, "Aiguillage", site, site + "/donnees-ouvertes/dictionnaire", Licence,
                new OpenDumpCounts(snapshot.Structures.Count, csvRows, dataInclusion.Structures, dataInclusion.Services, placed),
                files);
            await using (var metadata = Create(work, OpenDumpManifest.FileName))
            {
                await JsonSerializer.SerializeAsync(metadata, manifest, ManifestJson, cancellationToken);
            }

            var target = Path.Combine(root, FolderName(now));
            System.IO.Directory.Move(work, target);
            Prune(root);
            return new OpenDumpFolder(target, manifest);
        }
        catch
        {
            System.IO.Directory.Delete(work, recursive: true);
            throw;
        }
    }

    /// <summary>The newest complete dump of <paramref name="root"/>, or null when none was written yet.</summary>
    public static async Task<OpenDumpFolder?> LatestAsync(string root, CancellationToken cancellationToken = default)
    {
        foreach (var folder in Complete(root))
        {
            try
            {
                await using var metadata = System.IO.File.OpenRead(Path.Combine(folder, OpenDumpManifest.FileName));
                if (await JsonSerializer.DeserializeAsync<OpenDumpManifest>(metadata, ManifestJson, cancellationToken) is { } manifest)
                {
                    return new OpenDumpFolder(folder, manifest);
                }
            }
            catch (Exception e) when (e is IOException or JsonException)
            {
                // Pruned while we read it, or damaged by hand: the one before serves.
            }
        }

        return null;
    }

    public static JsonSerializerOptions ManifestJson { get; } = new(OpenDataWriter.Json) { WriteIndented = true };

    /// <summary>Complete dumps, newest first: folders named by their UTC time (sortable), with a manifest.</summary>
    private static IEnumerable<string> Complete(string root) =>
        !System.IO.Directory.Exists(root) ? []
        : System.IO.Directory.EnumerateDirectories(root)
            .Where(d => !Path.GetFileName(d).StartsWith('.') && System.IO.File.Exists(Path.Combine(d, OpenDumpManifest.FileName)))
            .OrderByDescending(d => Path.GetFileName(d), StringComparer.Ordinal);

    /// <summary>« 20261130T020000123Z »: UTC to the millisecond, so that names sort as times do.</summary>
    private static string FolderName(DateTimeOffset now) => now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);

    private static void Prune(string root)
    {
        foreach (var old in Complete(root).Skip(Kept))
        {
            try
            {
                System.IO.Directory.Delete(old, recursive: true);
            }
            catch (IOException)
            {
                // Another instance is pruning too; the next dump tries again.
            }
        }
    }

    private static FileStream Create(string folder, string name) =>
        new(Path.Combine(folder, name), FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);

    private static async Task<OpenDumpFile> DescribeAsync(
        string folder, string name, string format, string mediaType, string description, int records, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, name);
        await using var file = System.IO.File.OpenRead(path);
        var hash = await SHA256.HashDataAsync(file, cancellationToken);
        return new OpenDumpFile(name, format, mediaType, description, records, file.Length, Convert.ToHexStringLower(hash));
    }
}
