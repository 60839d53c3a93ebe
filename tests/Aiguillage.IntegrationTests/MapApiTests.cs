using System.Net;
using System.Text.Json;

namespace Aiguillage.IntegrationTests;

/// <summary>The GeoJSON and coverage endpoints and the map pages, through the real host on the SQLite test database.</summary>
public sealed class MapApiTests(SqliteDatabase database)
{
    private readonly HttpClient _client = database.Web.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"{url} → {(int)response.StatusCode} : {body}");
        return (response, body);
    }

    [Fact]
    public async Task The_structures_geojson_is_a_valid_feature_collection_of_the_seed_structures()
    {
        var (response, body) = await GetAsync("/api/v1/structures.geojson");

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.True(features.Count > 20, $"{features.Count} structures placées seulement.");
        Assert.Equal(features.Count, features.Select(f => f.GetProperty("id").GetString()).Distinct().Count());
        foreach (var feature in features)
        {
            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            var geometry = feature.GetProperty("geometry");
            Assert.Equal("Point", geometry.GetProperty("type").GetString());
            var c = geometry.GetProperty("coordinates").EnumerateArray().Select(x => x.GetDouble()).ToList();
            Assert.Equal(2, c.Count);
            // Métropole and DROM: longitude from about -62 (Antilles) to 56 (La Réunion), latitude from -22 to 52.
            Assert.InRange(c[0], -62, 56);
            Assert.InRange(c[1], -22, 52);
            Assert.Equal(c[0], Math.Round(c[0], 5));
            var precision = feature.GetProperty("properties").GetProperty("precision").GetString();
            Assert.Contains(precision, new[] { "commune", "centre-departement", "centre-region", "centre-territoires-servis", "centre-france", "adresse" });
            Assert.StartsWith("http", feature.GetProperty("properties").GetProperty("url").GetString(), StringComparison.Ordinal);
        }

        Assert.Contains(features, f => f.GetProperty("properties").GetProperty("codeDepartement").GetString() == "974");
    }

    [Fact]
    public async Task The_geojson_follows_the_filters_and_refuses_bad_ones()
    {
        var (_, body) = await GetAsync("/api/v1/structures.geojson?departement=974");
        var features = JsonDocument.Parse(body).RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.NotEmpty(features);
        // Bodies of La Réunion are drawn there; bodies elsewhere that also serve it (national ones) where they are, marked so.
        var local = features.Where(f => f.GetProperty("properties").GetProperty("codeDepartement").GetString() == "974").ToList();
        Assert.NotEmpty(local);
        Assert.All(local, f => Assert.InRange(f.GetProperty("geometry").GetProperty("coordinates")[1].GetDouble(), -22, -20));

        foreach (var (query, parameter) in new[] { ("departement=999", "departement"), ("etape=voler", "etape"), ("besoin=x", "besoin"), ("type=fusee", "type"), ("region=ZZ", "region") })
        {
            var (_, problem) = await GetAsync("/api/v1/structures.geojson?" + query, HttpStatusCode.BadRequest);
            Assert.Equal(parameter, JsonDocument.Parse(problem).RootElement.GetProperty("parametre").GetString());
        }
    }

    [Fact]
    public async Task Coverage_lists_the_101_departements_and_agrees_with_the_offer_listing()
    {
        var (_, body) = await GetAsync("/api/v1/couverture?niveau=departement&etape=creation&besoin=financement");
        var root = JsonDocument.Parse(body).RootElement;
        Assert.Equal("departement", root.GetProperty("niveau").GetString());
        var territories = root.GetProperty("territoires").EnumerateArray().ToList();
        Assert.Equal(101, territories.Count);
        foreach (var code in new[] { "971", "972", "973", "974", "976", "2A", "2B" })
        {
            Assert.Contains(territories, t => t.GetProperty("code").GetString() == code);
        }

        var creuse = territories.Single(t => t.GetProperty("code").GetString() == "23");
        var (_, offers) = await GetAsync("/api/v1/offres?departement=23&etape=creation&besoin=financement&taille=1");
        Assert.Equal(JsonDocument.Parse(offers).RootElement.GetProperty("total").GetInt32(), creuse.GetProperty("offres").GetInt32());
        Assert.InRange(creuse.GetProperty("offresTerritoireEntier").GetInt32(), 1, creuse.GetProperty("offres").GetInt32());
    }

    [Fact]
    public async Task Coverage_by_region_and_bad_parameters()
    {
        var (_, body) = await GetAsync("/api/v1/couverture?niveau=region");
        Assert.Equal(18, JsonDocument.Parse(body).RootElement.GetProperty("territoires").GetArrayLength());

        foreach (var (query, parameter) in new[] { ("niveau=commune", "niveau"), ("etape=voler", "etape"), ("besoin=x", "besoin") })
        {
            var (_, problem) = await GetAsync("/api/v1/couverture?" + query, HttpStatusCode.BadRequest);
            var details = JsonDocument.Parse(problem).RootElement;
            Assert.Equal(parameter, details.GetProperty("parametre").GetString());
            Assert.False(string.IsNullOrEmpty(details.GetProperty("valeursAcceptees").GetString()));
        }
    }

    [Fact]
    public async Task The_coverage_page_draws_every_departement_and_its_table_without_javascript()
    {
        var (_, html) = await GetAsync("/couverture?etape=creation");

        Assert.Equal(101, CountOf(html, "class=\"dep\""));
        Assert.Contains("href=\"/annuaire/departement/976?etape=creation\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Creuse (23) : ", html, StringComparison.Ordinal);
        Assert.Contains("<caption>", html, StringComparison.Ordinal);
        Assert.Equal(101, CountOf(html, "<th scope=\"row\">"));
        Assert.Contains("CC BY 4.0, VictorCazanave", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_map_page_lists_the_structures_with_their_position_and_says_a_bad_filter_in_french()
    {
        var (response, html) = await GetAsync("/carte");
        Assert.Contains("Position : commune de ", html, StringComparison.Ordinal);
        Assert.Contains("Position approximative : centre du département", html, StringComparison.Ordinal);
        Assert.Contains("compilés par rcarlier/datas.fun", html, StringComparison.Ordinal);
        Assert.Contains("data-geojson=\"/api/v1/structures.geojson\"", html, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data:;", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        var (_, refused) = await GetAsync("/carte?departement=999");
        Assert.Contains("n'est pas un code INSEE de département connu", System.Net.WebUtility.HtmlDecode(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_tile_server_is_the_only_other_image_origin_the_csp_allows()
    {
        using var factory = database.Web.WithWebHostBuilder(b => b.UseSetting("Map:TileUrl", "https://{s}.tiles.example.org/{z}/{x}/{y}.png"));
        var response = await factory.CreateClient().GetAsync(new Uri("/carte", UriKind.Relative), Ct);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("img-src 'self' data: https://*.tiles.example.org;", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("data-tile-url=\"https://{s}.tiles.example.org/{z}/{x}/{y}.png\"", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
