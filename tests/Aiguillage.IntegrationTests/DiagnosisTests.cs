using System.Net;
using System.Text.Json;
using Aiguillage.Data;
using Aiguillage.Diagnosis;
using Aiguillage.Orientation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.IntegrationTests;

/// <summary>
/// The diagnosis reads the demand recorded in the database: known requests in a past month (no other test writes there)
/// give known counts on SQLite and PostgreSQL; the page and the API answer through the real host.
/// </summary>
public abstract class DiagnosisTests(TestDatabase database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateOnly Month = new(2020, 3, 1);

    [Fact]
    public async Task The_demand_of_a_departement_over_a_period_is_counted_from_the_recorded_requests()
    {
        database.SkipIfUnavailable();
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.OrientationRequests.Where(r => r.Day >= Month && r.Day <= Month.AddMonths(1)).ExecuteDeleteAsync(Ct);
            db.OrientationRequests.AddRange(
                new OrientationRequest(Month.AddDays(2), "23096", "23", "75", "creation", ["financement"], null, 1, 0),
                new OrientationRequest(Month.AddDays(3), "23096", "23", "75", "creation", ["financement", "juridique"], null, 7, 0),
                new OrientationRequest(Month.AddDays(4), "23001", "23", "75", "emergence", [], null, 0, 2),
                new OrientationRequest(Month.AddDays(5), "87085", "87", "75", "creation", ["financement"], null, 0, 0),
                new OrientationRequest(Month.AddMonths(1).AddDays(5), "23096", "23", "75", "creation", ["financement"], null, 0, 0));
            await db.SaveChangesAsync(Ct);
        }

        await using var reading = database.Scope();
        var diagnose = reading.ServiceProvider.GetRequiredService<DiagnoseTerritory>();
        var (creuse, problem) = await diagnose.HandleAsync("departement", "23", Month, Month.AddMonths(1).AddDays(-1), Ct);
        Assert.Null(problem);
        Assert.Equal((3, 2), (creuse!.Demand.Requests, creuse.Demand.Unmet));
        Assert.Equal((2, 1), creuse.Demand.ByNeed.Where(n => n.Code == "financement").Select(n => (n.Requests, n.Unmet)).Single());
        Assert.Equal((1, 1), creuse.Demand.ByStage.Where(n => n.Code == "emergence").Select(n => (n.Requests, n.Unmet)).Single());

        var (region, _) = await diagnose.HandleAsync("region", "75", Month, Month.AddMonths(1).AddDays(-1), Ct);
        Assert.Equal(4, region!.Demand.Requests);

        var (_, backwards) = await diagnose.HandleAsync("departement", "23", Month, Month.AddDays(-1), Ct);
        Assert.Equal("depuis", backwards!.Parameter);
        var (_, unknown) = await diagnose.HandleAsync("departement", "99", (string?)null, null, Ct);
        Assert.Equal("code", unknown!.Parameter);
    }
}

public abstract class BarometerTests(TestDatabase database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_barometer_counts_orientations_by_month_and_stage_in_the_database()
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var today = (await scope.ServiceProvider.GetRequiredService<Aiguillage.Catalogue.CatalogueProvider>().GetAsync(Ct)).Day;
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-2);
        await db.OrientationRequests.Where(r => r.Day >= month && r.Day < month.AddMonths(1)).ExecuteDeleteAsync(Ct);
        db.OrientationRequests.AddRange(
            new OrientationRequest(month, "23096", "23", "75", "changement-echelle", ["financement"], null, 1, 0),
            new OrientationRequest(month.AddDays(10), "23096", "23", "75", "changement-echelle", [], null, 5, 0),
            new OrientationRequest(month.AddMonths(1).AddDays(-1), "87085", "87", "75", "creation", ["financement"], null, 9, 0));
        await db.SaveChangesAsync(Ct);

        var figures = await scope.ServiceProvider.GetRequiredService<Barometer>().HandleAsync(Ct);
        var counted = figures.Months.Single(m => m.Year == month.Year && m.Month == month.Month);
        Assert.Equal((3, 1, 2, 1), (counted.Requests, counted.Unmet, counted.ByStage["changement-echelle"], counted.ByStage["creation"]));
        Assert.Equal(12, figures.Months.Count);
        Assert.Equal(18, figures.Regions.Count);
        Assert.True(figures.Regions.Sum(r => r.Structures) > 500);
    }
}

public sealed class SqliteBarometerTests(SqliteDatabase database) : BarometerTests(database)
{
    private readonly HttpClient _client = database.Web.CreateClient();

    [Fact]
    public async Task The_barometer_page_and_api_answer()
    {
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync("/barometre", TestContext.Current.CancellationToken));
        Assert.Contains("Baromètre de l'accompagnement de l'ESS", html, StringComparison.Ordinal);
        Assert.Contains("Données au ", html, StringComparison.Ordinal);
        var root = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/statistiques", TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(18, root.GetProperty("regions").GetArrayLength());
        Assert.Equal(12, root.GetProperty("orientations").GetArrayLength());
        Assert.True(root.TryGetProperty("dateDesDonnees", out _));
    }
}

public sealed class PostgresBarometerTests(PostgresDatabase database) : BarometerTests(database);

public sealed class SqliteDiagnosisTests(SqliteDatabase database) : DiagnosisTests(database)
{
    private readonly HttpClient _client = database.Web.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_page_has_a_picker_a_permalink_every_section_and_French_errors()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/diagnostic", Ct)).StatusCode);
        var picked = await _client.GetAsync("/diagnostic?territoire=departement:23&depuis=2025-01-01", Ct);
        Assert.Equal("/diagnostic/departement/23?depuis=2025-01-01", picked.Headers.Location!.OriginalString);

        var html = WebUtility.HtmlDecode(await _client.GetStringAsync("/diagnostic/departement/23", Ct));
        foreach (var part in new[] { "Diagnostic territorial : Creuse", "id=\"constats\"", "id=\"matrice\"", "id=\"zones-blanches\"", "id=\"visibilite\"", "id=\"demande\"", "id=\"articulation\"", "<svg" })
        {
            Assert.Contains(part, html, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/diagnostic/departement/99", Ct)).StatusCode);
        var badDate = await _client.GetAsync("/diagnostic/departement/23?depuis=31-12-2025", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("n'est pas une date au format AAAA-MM-JJ", WebUtility.HtmlDecode(await badDate.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/diagnostic?territoire=nimporte", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_api_returns_every_indicator_and_problem_details_for_bad_input()
    {
        var response = await _client.GetAsync("/api/v1/diagnostics/region/75", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.True(root.TryGetProperty("nom", out _), body[..Math.Min(400, body.Length)]);
        Assert.Equal("Nouvelle-Aquitaine", root.GetProperty("nom").GetString());
        var cells = root.GetProperty("matrice").EnumerateArray().ToList();
        var stages = cells.Select(c => c.GetProperty("etape").GetString()).Distinct().Count();
        var needs = cells.Select(c => c.TryGetProperty("besoin", out var need) ? need.GetString() : "(tous)").Distinct().Count();
        Assert.True(stages >= 5 && needs >= 10, $"{stages} étapes, {needs} besoins");
        Assert.Equal(stages * needs, cells.Count);
        Assert.Equal(18, root.GetProperty("comparaison").GetProperty("pairs").GetInt32());
        Assert.InRange(root.GetProperty("comparaison").GetProperty("rangPopulation").GetInt32(), 1, 18);
        foreach (var property in new[] { "etapes", "visibilite", "demande", "reorientations", "constats" })
        {
            Assert.True(root.TryGetProperty(property, out _), property);
        }

        foreach (var (url, status) in new[] { ("/api/v1/diagnostics/region/00", 404), ("/api/v1/diagnostics/commune/23096", 400), ("/api/v1/diagnostics/region/75?depuis=hier", 400) })
        {
            var problem = await _client.GetAsync(url, Ct);
            Assert.Equal(status, (int)problem.StatusCode);
            Assert.Equal("application/problem+json", problem.Content.Headers.ContentType?.MediaType);
        }
    }
}

public sealed class DiagnosisExportTests(SqliteDatabase database)
{
    private readonly HttpClient _client = database.Web.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_workbook_has_a_sheet_per_table_with_numbers_as_numbers()
    {
        var response = await _client.GetAsync("/diagnostic/departement/23/export.xlsx", Ct);
        Assert.True(HttpStatusCode.OK == response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new ClosedXML.Excel.XLWorkbook(await response.Content.ReadAsStreamAsync(Ct));
        Assert.Equal(["matrice", "zones-blanches", "communes-sans-offre", "visibilite", "offres-a-confirmer", "demande", "reorientations", "constats"], workbook.Worksheets.Select(w => w.Name));
        var matrix = workbook.Worksheet("matrice");
        Assert.Equal("Étape", matrix.Cell(1, 1).GetString());
        Assert.Equal(ClosedXML.Excel.XLDataType.Number, matrix.Cell(2, 3).DataType);
    }

    [Fact]
    public async Task A_table_is_exported_as_French_csv_and_a_wrong_table_or_territory_gets_problem_details()
    {
        var csv = await _client.GetAsync("/diagnostic/departement/23/export.csv?tableau=zones-blanches&depuis=2025-01-01", Ct);
        Assert.True(HttpStatusCode.OK == csv.StatusCode, await csv.Content.ReadAsStringAsync(Ct));
        Assert.StartsWith("Étape;Communes sans offre;Habitants", (await csv.Content.ReadAsStringAsync(Ct)).TrimStart('\uFEFF'), StringComparison.Ordinal);
        foreach (var (url, status) in new[] { ("/diagnostic/departement/23/export.csv?tableau=rien", 400), ("/diagnostic/departement/99/export.xlsx", 404), ("/diagnostic/departement/23/export.xlsx?jusqua=demain", 400) })
        {
            var problem = await _client.GetAsync(url, Ct);
            Assert.Equal(status, (int)problem.StatusCode);
            Assert.Equal("application/problem+json", problem.Content.Headers.ContentType?.MediaType);
        }
    }
}

public sealed class PostgresDiagnosisTests(PostgresDatabase database) : DiagnosisTests(database);
