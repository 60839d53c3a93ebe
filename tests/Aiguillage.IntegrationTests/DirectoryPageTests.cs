using System.Net;

namespace Aiguillage.IntegrationTests;

/// <summary>The annuaire through the real host: territories in the path, filters in the query string, French errors.</summary>
public sealed class DirectoryPageTests(SqliteDatabase database)
{
    private readonly HttpClient _client = database.Web.CreateClient(new() { AllowAutoRedirect = false });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, string Html, Uri? Location)> GetAsync(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)), response.Headers.Location);
    }

    [Theory]
    [InlineData("/annuaire", "Annuaire de l'accompagnement en France", "Par région")]
    [InlineData("/annuaire/region/75", "Annuaire : Nouvelle-Aquitaine", "Par département")]
    [InlineData("/annuaire/departement/23", "Annuaire : Creuse", "Par intercommunalité")]
    [InlineData("/annuaire/departement/2A", "Annuaire : Corse-du-Sud", "Par intercommunalité")]
    [InlineData("/annuaire/departement/976", "Annuaire : Mayotte", "Par intercommunalité")]
    [InlineData("/annuaire/epci/200034825", "Annuaire : CA du Grand Guéret", "Par commune")]
    [InlineData("/annuaire/commune/23096", "Annuaire : Guéret", "Offres disponibles")]
    [InlineData("/annuaire/departement/23?etape=creation&besoin=financement&vue=structures", "Annuaire : Creuse", "Étape : Création")]
    public async Task Each_level_of_the_annuaire_renders_in_french(string url, string heading, string text)
    {
        var (status, html, _) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($">{heading}</h1>", html, StringComparison.Ordinal);
        Assert.Contains(text, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_filters_and_the_sub_territories_keep_the_permalink()
    {
        var (_, html, _) = await GetAsync("/annuaire/region/75?etape=creation&vue=structures");

        Assert.Contains("href=\"/annuaire/departement/23?etape=creation&vue=structures\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"creation\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/annuaire/region/75?vue=structures\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_filter_value_is_explained_in_french_and_ignored()
    {
        var (status, html, _) = await GetAsync("/annuaire/departement/23?etape=creat&frais=cher");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("« creat » n'est pas une valeur connue (étape)", html, StringComparison.Ordinal);
        Assert.Contains("« cher » n'est pas une valeur connue (frais)", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/annuaire/departement/999")]
    [InlineData("/annuaire/region/00")]
    [InlineData("/annuaire/epci/123")]
    [InlineData("/annuaire/commune/00000")]
    [InlineData("/annuaire/planete/terre")]
    [InlineData("/annuaire/departement")]
    public async Task An_unknown_territory_gets_the_french_not_found_page(string url)
    {
        var (status, html, _) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Page introuvable", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/annuaire?page=abc", "/annuaire")]
    [InlineData("/annuaire/departement/23?etape=creation&page=9999", "/annuaire/departement/23?etape=creation")]
    [InlineData("/annuaire/pays/FR?etape=creation", "/annuaire?etape=creation")]
    [InlineData("/annuaire/departement/23?etape=creation&besoin=&public=&type=&frais=", "/annuaire/departement/23?etape=creation")]
    [InlineData("/annuaire/departement/2a?vue=offres", "/annuaire/departement/2A")]
    [InlineData("/annuaire/commune/75111", "/annuaire/commune/75056")]
    public async Task Odd_addresses_go_to_the_canonical_permalink(string url, string expected)
    {
        var (status, _, location) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal(expected, location?.OriginalString);
    }

    [Fact]
    public async Task A_structure_page_lists_the_territories_its_offers_cover()
    {
        // The structure carrying the DLA of the Ain.
        var (_, offers, _) = await GetAsync("/api/v1/offres?departement=01&taille=100");
        var id = System.Text.Json.JsonDocument.Parse(offers).RootElement.GetProperty("elements").EnumerateArray()
            .First(o => o.TryGetProperty("dispositif", out var d) && d.GetProperty("code").GetString() == "dla"
                && o.GetProperty("zones").EnumerateArray().Any(z => z.GetProperty("code").GetString() == "01"))
            .GetProperty("structure").GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (status, structure, _) = await GetAsync("/structures/" + id);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Territoires couverts", structure, StringComparison.Ordinal);
        Assert.Contains("href=\"/annuaire/departement/01\">Ain</a>", structure, StringComparison.Ordinal);
    }
}
