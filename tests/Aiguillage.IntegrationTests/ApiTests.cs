using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Aiguillage.IntegrationTests;

/// <summary>The API contracts, through the real host on the SQLite test database.</summary>
public sealed class ApiTests(SqliteDatabase database)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly HttpClient _client = database.Web.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> GetJsonAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"{url} → {(int)response.StatusCode} : {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    [Fact]
    public async Task Gueret_is_found_with_its_departement_and_region()
    {
        var first = (await GetJsonAsync("/api/v1/territoires?q=gueret"))[0];

        Assert.Equal("commune", first.GetProperty("niveau").GetString());
        Assert.Equal("23096", first.GetProperty("code").GetString());
        Assert.Equal("Guéret", first.GetProperty("nom").GetString());
        Assert.Equal(["23000"], first.GetProperty("codesPostaux").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Creuse", first.GetProperty("departement").GetProperty("nom").GetString());
        Assert.Equal("Nouvelle-Aquitaine", first.GetProperty("region").GetProperty("nom").GetString());
        Assert.True(first.GetProperty("population").GetInt64() > 10_000);
    }

    [Fact]
    public async Task A_postal_code_finds_paris()
    {
        var first = (await GetJsonAsync("/api/v1/territoires?q=75011"))[0];
        Assert.Equal(("75056", "Paris"), (first.GetProperty("code").GetString(), first.GetProperty("nom").GetString()));
    }

    [Fact]
    public async Task The_101_departements_of_metropole_and_drom_are_listed_and_the_com_flagged()
    {
        var all = (await GetJsonAsync("/api/v1/territoires?niveau=departement&limit=200")).EnumerateArray().ToList();

        Assert.Equal(101, all.Count(d => !d.GetProperty("collectiviteOutreMer").GetBoolean()));
        Assert.Contains(all, d => d.GetProperty("code").GetString() == "976" && d.GetProperty("outreMer").GetBoolean());
        Assert.All(all, d => Assert.False(d.TryGetProperty("codesPostaux", out _)));
        Assert.Equal("01", all[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_territory_is_read_with_its_parents_and_an_arrondissement_gives_its_city()
    {
        var creuse = await GetJsonAsync("/api/v1/territoires/departement/23");
        Assert.Equal("Nouvelle-Aquitaine", creuse.GetProperty("region").GetProperty("nom").GetString());

        var epci = await GetJsonAsync("/api/v1/territoires/epci/200034825");
        Assert.Equal("Creuse", epci.GetProperty("departement").GetProperty("nom").GetString());
        Assert.True(epci.GetProperty("nombreCommunes").GetInt32() > 10);

        var paris = await GetJsonAsync("/api/v1/territoires/commune/75111");
        Assert.Equal("75056", paris.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("/api/v1/territoires/commune/99999", 404, null)]
    [InlineData("/api/v1/territoires/canton/23", 400, "niveau")]
    [InlineData("/api/v1/territoires?niveau=canton&q=x", 400, "niveau")]
    [InlineData("/api/v1/territoires?q=gueret&limit=0", 400, "limit")]
    [InlineData("/api/v1/territoires?q=gueret&limit=abc", 400, "limit")]
    [InlineData("/api/v1/territoires", 400, "q")]
    [InlineData("/api/v1/offres?etape=creat", 400, "etape")]
    [InlineData("/api/v1/offres?besoin=argent", 400, "besoin")]
    [InlineData("/api/v1/offres?departement=99", 400, "departement")]
    [InlineData("/api/v1/offres?region=%27%3B%20DROP%20TABLE%20offers", 400, "region")]
    [InlineData("/api/v1/offres?page=0", 400, "page")]
    [InlineData("/api/v1/offres?taille=1000", 400, "taille")]
    [InlineData("/api/v1/offres/abc", 400, "id")]
    [InlineData("/api/v1/offres/999999", 404, null)]
    [InlineData("/api/v1/structures?public=personne", 400, "public")]
    [InlineData("/api/v1/offres?frais=cher", 400, "frais")]
    [InlineData("/api/v1/offres?departement=23&frais=%3Cscript%3E", 400, "frais")]
    [InlineData("/api/v1/structures/-1", 400, "id")]
    [InlineData("/api/v1/structures/999999", 404, null)]
    public async Task Bad_requests_get_a_french_problem_details(string url, int status, string? parameter)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        if (parameter is not null)
        {
            Assert.Equal(parameter, problem.GetProperty("parametre").GetString());
        }
    }

    [Fact]
    public async Task An_unknown_stage_lists_the_accepted_ones()
    {
        var problem = await GetJsonAsync("/api/v1/offres?etape=creat", HttpStatusCode.BadRequest);
        Assert.Equal("ideation, emergence, creation, consolidation, changement-echelle", problem.GetProperty("valeursAcceptees").GetString());
        Assert.Contains("n'est pas une étape connue", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_referentiels_are_served_with_french_labels()
    {
        var root = await GetJsonAsync("/api/v1/referentiels");
        foreach (var list in new[] { "etapes", "besoins", "publics", "types", "frais" })
        {
            Assert.All(root.GetProperty(list).EnumerateArray(), t =>
            {
                Assert.False(string.IsNullOrEmpty(t.GetProperty("code").GetString()));
                Assert.False(string.IsNullOrEmpty(t.GetProperty("libelle").GetString()));
                Assert.False(string.IsNullOrEmpty(t.GetProperty("description").GetString()));
            });
        }

        Assert.Equal("Émergence", root.GetProperty("etapes")[1].GetProperty("libelle").GetString());
    }

    [Fact]
    public async Task At_least_150_structures_are_served_by_page()
    {
        var page = await GetJsonAsync("/api/v1/structures?taille=100");
        Assert.True(page.GetProperty("total").GetInt32() >= 150);
        Assert.Equal(100, page.GetProperty("elements").GetArrayLength());
        Assert.Equal(100, page.GetProperty("taille").GetInt32());

        var second = await GetJsonAsync("/api/v1/structures?taille=100&page=2");
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        var firstIds = page.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("id").GetInt32()).ToHashSet();
        Assert.DoesNotContain(second.GetProperty("elements").EnumerateArray(), e => firstIds.Contains(e.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task An_offer_carries_its_structure_codes_named_zones_date_and_source()
    {
        var list = await GetJsonAsync("/api/v1/offres?departement=974&taille=50");
        Assert.True(list.GetProperty("total").GetInt32() > 0);
        var id = list.GetProperty("elements")[0].GetProperty("id").GetInt32();

        var offer = await GetJsonAsync($"/api/v1/offres/{id}");
        foreach (var field in new[] { "id", "nom", "structure", "types", "etapes", "besoins", "publics", "zones", "source" })
        {
            Assert.True(offer.TryGetProperty(field, out _), $"champ {field} absent");
        }

        Assert.All(offer.GetProperty("zones").EnumerateArray(), z => Assert.False(string.IsNullOrEmpty(z.GetProperty("nom").GetString())));
        // Nobody has confirmed the seed yet: no verification date; the source's own date when it gives one.
        Assert.False(offer.TryGetProperty("dateVerification", out _));
        if (offer.TryGetProperty("dateSource", out var sourceDate))
        {
            Assert.Matches(@"^\d{4}(-\d{2}(-\d{2})?)?$", sourceDate.GetString());
        }
        var structureId = offer.GetProperty("structure").GetProperty("id").GetInt32();
        var structure = await GetJsonAsync($"/api/v1/structures/{structureId}");
        Assert.Contains(structure.GetProperty("offres").EnumerateArray(), o => o.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task Offers_of_the_creuse_serve_the_creuse()
    {
        var page = await GetJsonAsync("/api/v1/offres?departement=23&taille=100");
        Assert.All(page.GetProperty("elements").EnumerateArray(), o =>
            Assert.Contains(o.GetProperty("zones").EnumerateArray(), z =>
                z.GetProperty("niveau").GetString() == "pays"
                || (z.GetProperty("niveau").GetString() == "region" && z.GetProperty("code").GetString() == "75")
                || z.GetProperty("code").GetString()!.StartsWith("23", StringComparison.Ordinal)
                || z.GetProperty("niveau").GetString() == "epci"));
    }

    [Fact]
    public async Task The_cost_filter_of_the_listings_is_the_annuaire_s()
    {
        var free = await GetJsonAsync("/api/v1/offres?departement=23&frais=gratuit&taille=100");
        var all = await GetJsonAsync("/api/v1/offres?departement=23&taille=100");
        Assert.True(free.GetProperty("total").GetInt32() > 0);
        Assert.True(free.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());
        Assert.All(free.GetProperty("elements").EnumerateArray(), o => Assert.Equal("gratuit", o.GetProperty("frais").GetString()));
        var structures = await GetJsonAsync("/api/v1/structures?departement=23&frais=payant&taille=100");
        Assert.True(structures.GetProperty("total").GetInt32() <= (await GetJsonAsync("/api/v1/structures?departement=23&taille=100")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The OpenAPI document is committed (docs/openapi.json) so API changes show in review.</summary>
    [Fact]
    public async Task The_committed_openapi_document_is_up_to_date()
    {
        var served = await _client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct);
        var pretty = JsonSerializer.Serialize(JsonDocument.Parse(served).RootElement, Indented) + "\n";
        var path = Path.Combine(RepositoryRoot(), "docs", "openapi.json");
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, pretty, Ct);
        }

        Assert.True(File.Exists(path), "docs/openapi.json manque : lancez UPDATE_OPENAPI=1 ./test.sh");
        Assert.True(pretty == await File.ReadAllTextAsync(path, Ct), "L'API a changé : régénérez docs/openapi.json avec UPDATE_OPENAPI=1 ./test.sh et relisez la différence.");
        Assert.Contains("/api/v1/offres/{id}", pretty, StringComparison.Ordinal);
    }

    /// <summary>
    /// The committed document passes Redocly CLI's recommended rules (npm, pinned in package.json, installed by the build's
    /// npm ci): every operation says it is public, names its 4xx ProblemDetails, each group is described, a licence and a server.
    /// </summary>
    [Fact]
    public async Task The_openapi_document_passes_the_recommended_rules_of_redocly()
    {
        var root = RepositoryRoot();
        var start = new System.Diagnostics.ProcessStartInfo(Path.Combine(root, "node_modules", ".bin", "redocly"), ["lint", Path.Combine("docs", "openapi.json"), "--format=summary"])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var lint = System.Diagnostics.Process.Start(start)!;
        var output = lint.StandardOutput.ReadToEndAsync(Ct);
        var errors = lint.StandardError.ReadToEndAsync(Ct);
        await lint.WaitForExitAsync(Ct);
        var report = await output + await errors;

        Assert.True(lint.ExitCode == 0, report);
        Assert.DoesNotContain("warning ", report, StringComparison.Ordinal);
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Aiguillage.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Racine du dépôt introuvable.");
    }
}
