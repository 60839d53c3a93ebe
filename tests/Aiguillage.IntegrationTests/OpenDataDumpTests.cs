using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Aiguillage.Catalogue;
using Aiguillage.Offers;
using Aiguillage.OpenData;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.IntegrationTests;

/// <summary>
/// The open dump of the seed catalogue (ADR 019): written as the site and the command line write it, its CSV re-imported
/// (dry run) with no error, its JSON and GeoJSON read back with the counts of the catalogue, metadata.json true to the
/// files, the pages that list and serve it, and the data dictionary naming exactly the fields of each file.
/// </summary>
public sealed class OpenDataDumpTests(SqliteDatabase database)
{
    private readonly HttpClient _client = database.Web.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<CatalogueSnapshot> CatalogueAsync()
    {
        var provider = database.Web.Services.GetRequiredService<CatalogueProvider>();
        await provider.RefreshAsync(Ct);
        return await provider.GetAsync(Ct);
    }

    /// <summary>A dump in the site's own folder (the one its pages serve), written by the site's use case.</summary>
    private async Task<OpenDumpFolder> DumpAsync()
    {
        await CatalogueAsync();
        await using var scope = database.Web.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WriteOpenDump>().HandleAsync(Hosts.DumpDirectory, "https://aiguillage.example.org", Ct);
    }

    private static string Read(OpenDumpFolder dump, string name) => File.ReadAllText(dump.PathOf(name) ?? Path.Combine(dump.Path, name));

    [Fact]
    public async Task The_dump_has_the_three_files_and_a_metadata_file_true_to_their_size_and_hash()
    {
        var catalogue = await CatalogueAsync();
        var dump = await DumpAsync();

        Assert.Equal([WriteOpenDump.CsvFile, WriteOpenDump.DataInclusionFile, WriteOpenDump.GeoJsonFile], dump.Manifest.Files.Select(f => f.Name));
        var metadata = JsonNode.Parse(Read(dump, OpenDumpManifest.FileName))!;
        Assert.Equal("Licence Ouverte 2.0 (Etalab)", (string)metadata["licence"]!["nom"]!);
        Assert.Equal(catalogue.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string)metadata["jour_catalogue"]!);
        Assert.True(DateTimeOffset.UtcNow - DateTimeOffset.Parse((string)metadata["date"]!, System.Globalization.CultureInfo.InvariantCulture) < TimeSpan.FromMinutes(5));
        foreach (var file in metadata["fichiers"]!.AsArray())
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(dump.Path, (string)file!["nom"]!), Ct);
            Assert.Equal(bytes.Length, (long)file["octets"]!);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), (string)file["sha256"]!);
        }

        Assert.Equal(catalogue.Offers.Count, (int)metadata["comptes"]!["offres"]!);
        Assert.Equal(catalogue.Structures.Count, (int)metadata["comptes"]!["structures"]!);
    }

    [Fact]
    public async Task The_csv_of_the_dump_re_imports_with_no_error()
    {
        var catalogue = await CatalogueAsync();
        var dump = await DumpAsync();

        await using var scope = database.Scope();
        using var csv = new StreamReader(dump.PathOf(WriteOpenDump.CsvFile)!);
        var report = await scope.ServiceProvider.GetRequiredService<ImportOffers>().HandleAsync(csv, dryRun: true, Ct);

        Assert.True(report.Succeeded, string.Join("\n", report.Errors.Take(10)));
        Assert.Equal(catalogue.Offers.Count, report.OffersCreated);
        Assert.Equal(catalogue.Structures.Count(s => s.OfferIds.Count > 0), report.StructuresCreated);
    }

    [Fact]
    public async Task The_json_and_geojson_of_the_dump_parse_with_the_counts_of_the_catalogue()
    {
        var catalogue = await CatalogueAsync();
        var dump = await DumpAsync();

        var json = JsonNode.Parse(Read(dump, WriteOpenDump.DataInclusionFile))!;
        var structures = json["structures"]!.AsArray();
        var services = json["services"]!.AsArray();
        Assert.Equal(MapToDataInclusion.Structures(catalogue, "x").Count(), structures.Count);
        Assert.Equal(catalogue.Offers.Count(o => o.EvidenceDay is not null), services.Count);
        Assert.Equal(structures.Count + services.Count, dump.Manifest.File(WriteOpenDump.DataInclusionFile)!.Records);
        Assert.All(services, s => Assert.StartsWith("https://aiguillage.example.org/offres/", (string)s!["lien_source"]!, StringComparison.Ordinal));

        var geo = JsonNode.Parse(Read(dump, WriteOpenDump.GeoJsonFile))!;
        Assert.Equal("FeatureCollection", (string)geo["type"]!);
        var placed = catalogue.Structures.Count(s => s.Location.Point is not null);
        Assert.True(placed > 100, $"{placed} structures placées");
        Assert.Equal(placed, geo["features"]!.AsArray().Count);
        Assert.Equal(placed, dump.Manifest.Counts.PlacedStructures);
    }

    [Fact]
    public async Task The_page_lists_the_latest_dump_and_serves_its_files_only()
    {
        var dump = await DumpAsync();

        var html = WebUtility.HtmlDecode(await _client.GetStringAsync(new Uri("/donnees-ouvertes", UriKind.Relative), Ct));
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("Licence Ouverte 2.0", html, StringComparison.Ordinal);
        Assert.Contains(PageFormats(dump.Manifest.CreatedAt), html, StringComparison.Ordinal);
        foreach (var file in dump.Manifest.Files)
        {
            Assert.Contains($"href=\"/donnees-ouvertes/fichiers/{file.Name}\"", html, StringComparison.Ordinal);
            Assert.Contains(file.Sha256, html, StringComparison.Ordinal);
        }

        var csv = await _client.GetAsync(new Uri("/donnees-ouvertes/fichiers/offres.csv", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal(dump.Manifest.File("offres.csv")!.Sha256, Convert.ToHexStringLower(SHA256.HashData(await csv.Content.ReadAsByteArrayAsync(Ct))));
        var geo = await _client.GetAsync(new Uri("/donnees-ouvertes/fichiers/structures.geojson", UriKind.Relative), Ct);
        Assert.Equal("application/geo+json", geo.Content.Headers.ContentType!.MediaType);
        var metadata = await _client.GetAsync(new Uri("/donnees-ouvertes/fichiers/metadata.json", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, metadata.StatusCode);

        foreach (var other in new[] { "appsettings.json", "..%2F..%2Faiguillage.db", "%2Fetc%2Fpasswd" })
        {
            var response = await _client.GetAsync(new Uri("/donnees-ouvertes/fichiers/" + other, UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    private static string PageFormats(DateTimeOffset at) =>
        Aiguillage.Web.PageFormats.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, CatalogueClock.Paris).DateTime));

    [Fact]
    public async Task The_dictionary_page_describes_every_field_with_the_values_of_the_referentiels_without_javascript()
    {
        var catalogue = await CatalogueAsync();
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync(new Uri("/donnees-ouvertes/dictionnaire", UriKind.Relative), Ct));

        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        foreach (var field in OpenDumpDictionary.Files.SelectMany(f => f.Tables).SelectMany(t => t.Fields))
        {
            Assert.Contains($"<code>{field.Name}</code>", html, StringComparison.Ordinal);
        }

        foreach (var stage in catalogue.Taxonomy.Terms(Aiguillage.Taxonomy.TaxonomyKind.Stage))
        {
            Assert.Contains($"<code>{stage.Code}</code> — {stage.Label}", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_dictionary_names_exactly_the_fields_of_each_file()
    {
        var dump = await DumpAsync();
        IReadOnlyList<string> Named(string file, string table) =>
            OpenDumpDictionary.Files.Single(f => f.FileName == file).Tables.Single(t => t.Title == table).Fields.Select(f => f.Name).ToList();
        static IEnumerable<string> JsonNames<T>() =>
            typeof(T).GetProperties().Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name).OfType<string>();

        Assert.Equal(OfferCsv.AllColumns, Named(WriteOpenDump.CsvFile, "Colonnes"));
        Assert.Equal(File.ReadLines(dump.PathOf(WriteOpenDump.CsvFile)!).First().Split(','), Named(WriteOpenDump.CsvFile, "Colonnes"));
        Assert.Equal(JsonNames<DataInclusionStructure>().Order(), Named(WriteOpenDump.DataInclusionFile, "structures").Order());
        Assert.Equal(JsonNames<DataInclusionService>().Order(), Named(WriteOpenDump.DataInclusionFile, "services").Order());
        var feature = JsonNode.Parse(Read(dump, WriteOpenDump.GeoJsonFile))!["features"]![0]!;
        Assert.Equal(feature["properties"]!.AsObject().Select(p => p.Key).Order(), Named(WriteOpenDump.GeoJsonFile, "features[].properties").Order());
        var metadata = JsonNode.Parse(Read(dump, OpenDumpManifest.FileName))!.AsObject();
        Assert.Equal(metadata.Select(p => p.Key).Order(), Named(OpenDumpManifest.FileName, "Racine").Order());
        Assert.Equal(metadata["fichiers"]![0]!.AsObject().Select(p => p.Key).Order(), Named(OpenDumpManifest.FileName, "fichiers[]").Order());
    }

    [Fact]
    public async Task The_command_line_writes_a_dump_in_the_folder_given()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("aiguillage-dump-");
        try
        {
            var run = await CliTests.RunAsync("opendata", "dump", "--dossier", folder.FullName, "--Database:Provider=Sqlite", $"--ConnectionStrings:Aiguillage={database.ConnectionString}");

            Assert.True(run.ExitCode == 0, run.Error + run.Output);
            Assert.Contains("offres.csv", run.Output, StringComparison.Ordinal);
            var latest = await WriteOpenDump.LatestAsync(folder.FullName, Ct);
            Assert.NotNull(latest);
            Assert.Equal(3, latest.Manifest.Files.Count);
            Assert.All(latest.Manifest.Files, f => Assert.True(File.Exists(Path.Combine(latest.Path, f.Name))));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_site_writes_a_dump_at_start_when_there_is_none_unless_another_instance_holds_the_lease()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("aiguillage-dump-site-");
        Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Site() => database.Web.WithWebHostBuilder(b =>
        {
            b.UseSetting("OpenData:NightlyDump", "true");
            b.UseSetting("OpenData:DumpDirectory", folder.FullName);
        });
        await using (var scope = database.Scope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<Aiguillage.Data.JobLeases>().TryTakeAsync("open-dump", new("autre-instance"), TimeSpan.FromMinutes(1), Ct));
        }

        try
        {
            await using (var other = Site())
            {
                other.CreateClient();
                await Task.Delay(TimeSpan.FromSeconds(3), Ct);
                Assert.Null(await WriteOpenDump.LatestAsync(folder.FullName, Ct));
            }

            await using (var scope = database.Scope())
            {
                await scope.ServiceProvider.GetRequiredService<Aiguillage.Data.JobLeases>().ReleaseAsync("open-dump", new("autre-instance"), Ct);
            }

            await using var site = Site();
            site.CreateClient();
            Assert.NotNull(await Hosts.WithinAsync(TimeSpan.FromSeconds(60), async () => await WriteOpenDump.LatestAsync(folder.FullName, Ct) is not null));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

/// <summary>When the nightly dump runs: the hour asked, Paris time, on ordinary days and on the days the clocks change.</summary>
public sealed class OpenDumpScheduleTests
{
    [Theory]
    [InlineData("2026-11-30T01:00:00Z", 3, "2026-11-30T02:00:00Z")] // winter, UTC+1: 3 h in Paris is 02:00 UTC, later today
    [InlineData("2026-11-30T02:00:00Z", 3, "2026-12-01T02:00:00Z")] // the hour itself: the next day
    [InlineData("2026-07-01T12:00:00Z", 3, "2026-07-02T01:00:00Z")] // summer, UTC+2
    [InlineData("2026-03-28T23:00:00Z", 3, "2026-03-29T01:00:00Z")] // the night clocks go forward: 3 h exists, UTC+2 already
    [InlineData("2026-03-28T23:00:00Z", 2, "2026-03-29T01:00:00Z")] // 2 h does not exist that night: the first instant after it
    [InlineData("2026-10-24T23:30:00Z", 3, "2026-10-25T02:00:00Z")] // the night clocks go back: 3 h is UTC+1 again
    public void The_next_dump_is_at_the_hour_asked_paris_time(string now, int hour, string expected)
    {
        var wait = Aiguillage.Web.OpenDumpScheduler.UntilNext(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), hour);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture) + wait);
    }
}
