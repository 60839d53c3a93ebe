using System.Net;

namespace Aiguillage.IntegrationTests;

/// <summary>Pages render in French, without JavaScript, and bad addresses get the French error page.</summary>
public sealed class PageTests(SqliteDatabase database)
{
    private readonly HttpClient _client = database.Web.CreateClient(new() { AllowAutoRedirect = false });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/", "Trouver le bon accompagnement")]
    [InlineData("/offres", "Offres d'accompagnement")]
    [InlineData("/structures", "Structures d'accompagnement")]
    [InlineData("/structures/1", "Offres publiées")]
    [InlineData("/offres/1", "Comment en bénéficier ?")]
    public async Task Pages_render_in_french(string url, string text)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains(text, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/offres/999999")]
    [InlineData("/structures/999999")]
    [InlineData("/page-qui-n-existe-pas")]
    public async Task Unknown_pages_get_the_french_not_found_page(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page introuvable", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/offres?page=abc")]
    [InlineData("/offres?page=-3")]
    [InlineData("/structures?page=99999")]
    public async Task A_bad_page_number_goes_back_to_the_first_page(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
