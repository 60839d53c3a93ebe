using System.Net;

namespace Aiguillage.IntegrationTests;

/// <summary>The search page through the real host: results, French messages for bad input, no 500.</summary>
public sealed class SearchPageTests(SqliteDatabase database)
{
    private readonly HttpClient _client = database.Web.CreateClient();

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_page_shows_the_count_and_highlighted_results()
    {
        var (status, html) = await GetAsync("/recherche?q=creation+scic");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches("[0-9]+ résultats pour « creation scic »", html);
        Assert.Contains("<mark>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/offres/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_found_with_filters_suggests_removing_them()
    {
        var (status, html) = await GetAsync("/recherche?q=scic&territoire=departement:976&type=hebergement-locaux");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Aucun résultat pour « scic » avec ces filtres", html, StringComparison.Ordinal);
        Assert.Contains("relancer la recherche sans les filtres", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/recherche?q=scic&territoire=nulle-part", "Ce territoire est inconnu")]
    [InlineData("/recherche?q=scic&etape=decollage", "Un des filtres est inconnu")]
    [InlineData("/recherche?q=scic&page=-1", "Le numéro de page")]
    public async Task Bad_input_gets_a_french_message(string url, string message)
    {
        var (status, html) = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(message, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_in_the_query_is_shown_as_text()
    {
        var (status, html) = await GetAsync("/recherche?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
    }
}
