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
    [InlineData("/dispositifs", "Dispositifs et labels")]
    [InlineData("/dispositifs/dla", "Qui le porte, par territoire")]
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
    [InlineData("/dispositifs/inconnu")]
    [InlineData("/dispositifs/%3Cscript%3E")]
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

    [Theory]
    [InlineData("/orientation?envoye=1&lieu=gueret", "/orientation/etape?commune=23096")]
    [InlineData("/orientation?envoye=1&lieu=75011", "/orientation/etape?commune=75056")]
    [InlineData("/orientation?envoye=1&lieu=Gu%C3%A9ret%20(23000)", "/orientation/etape?commune=23096")]
    [InlineData("/orientation/etape?commune=23096&envoye=1&etape=creation", "/orientation/besoins?commune=23096&etape=creation")]
    [InlineData("/orientation/besoins?commune=23096&etape=creation&envoye=1&besoins=financement&besoins=juridique", "/orientation/forme?commune=23096&etape=creation&besoins=financement&besoins=juridique")]
    [InlineData("/orientation/forme?commune=23096&etape=creation&envoye=1&public=scic", "/orientation/resultats?commune=23096&etape=creation&public=scic")]
    [InlineData("/orientation/resultats?etape=creation", "/orientation")]
    [InlineData("/orientation/besoins?commune=23096&etape=inconnue", "/orientation/etape?commune=23096&etape=inconnue")]
    public async Task Each_answered_step_leads_to_the_next_and_a_missing_answer_back(string url, string next)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(next, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/orientation?envoye=1&lieu=zzzz", "Aucune commune ne correspond à « zzzz »")]
    [InlineData("/orientation?envoye=1&lieu=", "Indiquez le nom de votre commune ou son code postal.")]
    [InlineData("/orientation?envoye=1&lieu=23000", "Quelle commune ?")]
    [InlineData("/orientation?envoye=1&lieu=23000&choix=1", "Choisissez votre commune dans la liste.")]
    [InlineData("/orientation/etape?commune=23096&envoye=1", "Choisissez l'étape de votre projet.")]
    [InlineData("/orientation/besoins?commune=23096&etape=creation&envoye=1&besoins=argent", "« argent » n'est pas un besoin de la liste")]
    [InlineData("/orientation/resultats?commune=23096&etape=creation&besoins=financement", "Pourquoi cette offre ?")]
    public async Task Steps_show_their_questions_and_errors_in_french(string url, string text)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(text, html, StringComparison.Ordinal);
    }
}
