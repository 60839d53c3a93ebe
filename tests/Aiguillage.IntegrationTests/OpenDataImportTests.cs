using System.Text;
using System.Text.Json;
using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.OpenData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.IntegrationTests;

/// <summary>
/// The data·inclusion import goes through the CSV import's checks and all-or-nothing rule, and an export imported and
/// exported again gives the same records (our identifiers and page links aside, which the receiving base assigns).
/// Imported records are removed at the end so the seed stays as the other tests expect it.
/// </summary>
public sealed class OpenDataImportTests(SqliteDatabase database)
{
    private const string Site = "https://aiguillage.example.org";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<CatalogueSnapshot> CatalogueAsync()
    {
        var provider = database.Web.Services.GetRequiredService<CatalogueProvider>();
        await provider.RefreshAsync(Ct);
        return await provider.GetAsync(Ct);
    }

    private static MemoryStream File(IEnumerable<DataInclusionStructure> structures, IEnumerable<DataInclusionService> services) =>
        new(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { structures, services }, OpenDataWriter.Json)));

    private async Task RemoveImportedAsync()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Offers.RemoveRange(await db.Offers.Where(o => o.Source == ImportDataInclusion.Source).ToListAsync(Ct));
        db.Structures.RemoveRange(await db.Structures.Where(s => s.Source == ImportDataInclusion.Source).ToListAsync(Ct));
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task An_export_imported_then_exported_again_gives_the_same_records()
    {
        var before = await CatalogueAsync();
        var services = MapToDataInclusion.Services(before, Site).Where(s => s.Type is not null).ToList();
        // Whole structures (every exported service of each), so that a structure's date_maj is computed from the same offers.
        var typeless = MapToDataInclusion.Services(before, Site).Where(s => s.Type is null).Select(s => s.StructureId).ToHashSet();
        // The first structures, and one with each case the mapping reads back: frais « variable », publics reserved or
        // open to all, a région given as its départements, a commune or an EPCI, a link to apply.
        Func<DataInclusionService, bool>[] cases =
        [
            s => s.FraisDetails?.StartsWith("Variable", StringComparison.Ordinal) == true,
            s => s.PublicsDetails is not null,
            s => s.Publics is ["tous-publics"],
            s => s.EligibilityZone is { Count: > 1 },
            s => s.EligibilityZone?.Any(z => z.Length is 5 or 9) == true,
            s => s.MobilisationLink is not null,
            s => s.Frais is not null,
        ];
        var wanted = services.Select(s => s.StructureId).Where(id => !typeless.Contains(id)).Distinct().Take(30)
            .Concat(cases.Select(c => services.First(s => c(s) && !typeless.Contains(s.StructureId)).StructureId))
            .ToHashSet();
        var structures = MapToDataInclusion.Structures(before, Site).Where(s => wanted.Contains(s.Id)).ToList();
        services = services.Where(s => wanted.Contains(s.StructureId)).ToList();

        await using (var scope = database.Scope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<ImportDataInclusion>().HandleAsync(File(structures, services), "financeur", dryRun: false, Ct);
            Assert.True(report.Succeeded, string.Join("\n", report.Errors.Take(10)));
            Assert.Equal((structures.Count, services.Count), (report.StructuresCreated, report.OffersCreated));
        }

        try
        {
            var after = await CatalogueAsync();
            var imported = after.Offers.Where(o => o.View.Source == ImportDataInclusion.Source).ToList();
            var originalOf = imported.ToDictionary(o => StableIds.ServiceId(o.Id), o => o.View.SourceIdentifier);
            var structureOf = after.Structures.Where(s => s.Source == ImportDataInclusion.Source).ToDictionary(s => StableIds.StructureId(s.Id), s => s.SourceIdentifier);
            var again = MapToDataInclusion.Services(after, Site).Where(s => originalOf.ContainsKey(s.Id))
                .Select(s => s with { Id = originalOf[s.Id], StructureId = structureOf[s.StructureId], SourceLink = "" })
                .OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
            var againStructures = MapToDataInclusion.Structures(after, Site).Where(s => structureOf.ContainsKey(s.Id))
                .Select(s => s with { Id = structureOf[s.Id], SourceLink = "" })
                .OrderBy(s => s.Id, StringComparer.Ordinal).ToList();

            Assert.Equal(
                services.Select(s => s with { SourceLink = "" }).OrderBy(s => s.Id, StringComparer.Ordinal).Select(Json),
                again.Select(Json));
            Assert.Equal(
                structures.Select(s => s with { SourceLink = "" }).OrderBy(s => s.Id, StringComparer.Ordinal).Select(Json),
                againStructures.Select(Json));
        }
        finally
        {
            await RemoveImportedAsync();
        }
    }

    private static string Json<T>(T record) => JsonSerializer.Serialize(record, OpenDataWriter.Json);

    [Fact]
    public async Task A_file_with_one_bad_service_writes_nothing_and_names_the_service_and_its_field()
    {
        var catalogue = await CatalogueAsync();
        var good = MapToDataInclusion.Services(catalogue, Site).First(s => s.Type is not null);
        var structure = MapToDataInclusion.Structures(catalogue, Site).First(s => s.Id == good.StructureId);
        var bad = good with { Id = "dora--42", Thematiques = ["numerique--acquerir-un-equipement"], EligibilityZone = ["99999"] };

        await using var scope = database.Scope();
        var report = await scope.ServiceProvider.GetRequiredService<ImportDataInclusion>().HandleAsync(File([structure], [good, bad]), "financeur", dryRun: false, Ct);

        Assert.False(report.Succeeded);
        Assert.Equal(0, report.OffersCreated);
        Assert.Contains(report.Errors, e => e.Line == 2 && e.Column == "thematiques" && e.Message.StartsWith("service « dora--42 »", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Line == 2 && e.Column == "zone_eligibilite" && e.Message.Contains("99999", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Errors, e => e.Line == 1);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.Offers.AnyAsync(o => o.Source == ImportDataInclusion.Source, Ct));
    }

    [Fact]
    public async Task A_file_that_is_not_data_inclusion_json_is_refused_in_french()
    {
        await using var scope = database.Scope();
        var import = scope.ServiceProvider.GetRequiredService<ImportDataInclusion>();

        var broken = await import.HandleAsync(new MemoryStream("{ \"services\": ["u8.ToArray()), "financeur", dryRun: true, Ct);
        var empty = await import.HandleAsync(new MemoryStream("{}"u8.ToArray()), "financeur", dryRun: true, Ct);

        Assert.Contains("JSON data·inclusion", Assert.Single(broken.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("aucun service", Assert.Single(empty.Errors).Message, StringComparison.Ordinal);
    }
    [Fact]
    public async Task The_command_line_checks_a_data_inclusion_file_in_a_dry_run_and_refuses_a_bad_one()
    {
        var catalogue = await CatalogueAsync();
        var service = MapToDataInclusion.Services(catalogue, Site).First(s => s.Type is not null);
        var structure = MapToDataInclusion.Structures(catalogue, Site).First(s => s.Id == service.StructureId);
        var folder = System.IO.Directory.CreateTempSubdirectory("aiguillage-di-");
        try
        {
            var good = Path.Combine(folder.FullName, "bon.json");
            var bad = Path.Combine(folder.FullName, "mauvais.json");
            await System.IO.File.WriteAllBytesAsync(good, File([structure], [service]).ToArray(), Ct);
            await System.IO.File.WriteAllBytesAsync(bad, File([structure], [service with { EligibilityZone = null }]).ToArray(), Ct);
            string[] settings = ["--Database:Provider=Sqlite", $"--ConnectionStrings:Aiguillage={database.ConnectionString}"];

            var checkedOnly = await CliTests.RunAsync(["offers", "import-data-inclusion", good, "--type-structure", "financeur", "--dry-run", .. settings]);
            var refused = await CliTests.RunAsync(["offers", "import-data-inclusion", bad, "--type-structure", "financeur", .. settings]);

            Assert.True(checkedOnly.ExitCode == 0, checkedOnly.Error);
            Assert.Contains("Vérification seule", checkedOnly.Output, StringComparison.Ordinal);
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("zone_eligibilite", refused.Error, StringComparison.Ordinal);
            await using var scope = database.Scope();
            Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Offers.AnyAsync(o => o.Source == ImportDataInclusion.Source, Ct));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
