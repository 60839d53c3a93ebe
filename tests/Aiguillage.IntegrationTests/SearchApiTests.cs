using System.Net;
using System.Text.Json;

namespace Aiguillage.IntegrationTests;

/// <summary>The search API contract through the real host on the SQLite test database.</summary>
public sealed class SearchApiTests(SqliteDatabase database)
{
    private readonly HttpClient _client = database.Web.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, JsonDocument.Parse(body).RootElement);
    }

    [Fact]
    public async Task A_search_returns_ranked_results_with_scores_and_highlighted_fragments()
    {
        var (status, body) = await GetAsync("/api/v1/recherche?q=tiers%20lieux&taille=5");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("total").GetInt32() >= 5);
        Assert.Equal((1, 5), (body.GetProperty("page").GetInt32(), body.GetProperty("taille").GetInt32()));
        var elements = body.GetProperty("elements").EnumerateArray().ToList();
        Assert.Equal(5, elements.Count);
        var scores = elements.Select(e => e.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.All(elements, e => Assert.Contains(e.GetProperty("type").GetString(), new[] { "offre", "structure" }));
        Assert.Contains(elements, e => e.GetProperty("fragments").EnumerateArray().Any(f => f.GetString()!.Contains("<mark>", StringComparison.Ordinal)));
        var offer = elements.First(e => e.GetProperty("type").GetString() == "offre");
        Assert.Equal($"/offres/{offer.GetProperty("id").GetInt32()}", offer.GetProperty("url").GetString());
        Assert.True(offer.GetProperty("structure").GetProperty("nom").GetString()!.Length > 0);
    }

    [Fact]
    public async Task Filters_and_territory_combine_with_the_text()
    {
        var (status, body) = await GetAsync("/api/v1/recherche?q=financement&territoire=region:75&etape=creation&taille=100");
        var (_, all) = await GetAsync("/api/v1/recherche?q=financement&taille=100");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.InRange(body.GetProperty("total").GetInt32(), 1, all.GetProperty("total").GetInt32() - 1);
    }

    [Theory]
    [InlineData("/api/v1/recherche", "q")]
    [InlineData("/api/v1/recherche?q=%20%20", "q")]
    [InlineData("/api/v1/recherche?q=scic&etape=decollage", "etape")]
    [InlineData("/api/v1/recherche?q=scic&besoin=tout", "besoin")]
    [InlineData("/api/v1/recherche?q=scic&territoire=departement:99", "territoire")]
    [InlineData("/api/v1/recherche?q=scic&territoire=creuse", "territoire")]
    [InlineData("/api/v1/recherche?q=scic&page=0", "page")]
    [InlineData("/api/v1/recherche?q=scic&page=abc", "page")]
    [InlineData("/api/v1/recherche?q=scic&taille=101", "taille")]
    public async Task Bad_input_gets_a_problem_naming_the_parameter(string url, string parameter)
    {
        var (status, body) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(parameter, body.GetProperty("parametre").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task An_unknown_stage_lists_the_accepted_values()
    {
        var (_, body) = await GetAsync("/api/v1/recherche?q=scic&etape=decollage");
        Assert.Contains("changement-echelle", body.GetProperty("valeursAcceptees").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%22(((")]
    [InlineData("*")]
    [InlineData("AND%20OR%20NOT")]
    [InlineData("title:x%5E3~2%20%5Ba%20TO%20b%5D")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("%F0%9F%98%80%20%E2%80%AE")]
    public async Task Odd_queries_never_fail(string q)
    {
        var (status, body) = await GetAsync($"/api/v1/recherche?q={q}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("total").GetInt32() >= 0);
    }

    [Fact]
    public async Task A_query_longer_than_200_characters_is_refused()
    {
        var (status, body) = await GetAsync("/api/v1/recherche?q=" + new string('a', 201));
        Assert.Equal((HttpStatusCode.BadRequest, "q"), (status, body.GetProperty("parametre").GetString()));
    }
}
