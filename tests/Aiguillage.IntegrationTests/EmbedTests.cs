using System.Net;
using Aiguillage.Web;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Aiguillage.IntegrationTests;

/// <summary>
/// The questionnaire embedded in partners' sites (ADR 019): framable only under /integrer/orientation and only by the
/// configured origins, every other page still refusing any frame; the partner's territory and colour carried through the
/// steps; no cookie; no inline style for the CSP to block. The real frame in a real browser is in the browser tests.
/// </summary>
public sealed class EmbedTests(SqliteDatabase database) : IAsyncDisposable
{
    private const string Partner = "https://www.cress-nouvelle-aquitaine.example";
    private readonly WebApplicationFactory<Program> _site = database.Web.WithWebHostBuilder(b => b.UseSetting("Embed:AllowedOrigins:0", Partner + "/"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client() => _site.CreateClient(new() { AllowAutoRedirect = false });

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private static string Csp(HttpResponseMessage response) => string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

    [Theory]
    [InlineData("/")]
    [InlineData("/orientation")]
    [InlineData("/orientation/resultats?commune=23096&etape=creation")]
    [InlineData("/integrer")]
    [InlineData("/donnees-ouvertes")]
    [InlineData("/api/v1/referentiels")]
    public async Task A_page_that_is_not_the_embedded_questionnaire_still_refuses_any_frame(string url)
    {
        var response = await Client().GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", Csp(response), StringComparison.Ordinal);
        Assert.DoesNotContain(Partner, Csp(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/integrer/orientation?territoire=departement:23&couleur=1f4e79")]
    [InlineData("/integrer/orientation/etape?commune=23096&territoire=departement:23")]
    [InlineData("/integrer/orientation/resultats?commune=23096&etape=creation&besoins=financement&territoire=departement:23&couleur=1f4e79")]
    public async Task The_embedded_questionnaire_may_be_framed_by_the_listed_partner_only_and_sets_no_cookie(string url)
    {
        var response = await Client().GetAsync(new Uri(url, UriKind.Relative), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.Contains($"frame-ancestors 'self' {Partner};", Csp(response), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"), string.Join(" ", response.Headers.TryGetValues("Set-Cookie", out var c) ? c : []));
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Navigation principale", html, StringComparison.Ordinal);
        Assert.Contains("<base target=\"_blank\" />", html, StringComparison.Ordinal);
        Assert.Contains("Creuse", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_listed_origin_only_the_site_itself_may_frame_the_questionnaire()
    {
        var response = await database.Web.CreateClient().GetAsync(new Uri("/integrer/orientation", UriKind.Relative), Ct);

        Assert.Contains("frame-ancestors 'self';", Csp(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://cress.example/chemin")]
    [InlineData("cress.example")]
    [InlineData("https://cress.example; script-src *")]
    [InlineData("javascript:alert(1)")]
    public void An_allowed_origin_that_is_not_an_origin_stops_the_start_with_a_french_message(string origin)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Embed:AllowedOrigins:0", origin)]).Build();

        var error = Assert.Throws<InvalidOperationException>(() => Embed.FrameAncestors(configuration));
        Assert.Contains("n'est pas une origine", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_steps_stay_in_the_frame_with_the_partner_settings_and_only_communes_of_its_territory_are_accepted()
    {
        var client = Client();
        var outside = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/integrer/orientation?territoire=departement:23&couleur=1f4e79&envoye=1&lieu=Rennes", UriKind.Relative), Ct));
        Assert.Contains("n'est pas dans le territoire de ce questionnaire (Creuse)", outside, StringComparison.Ordinal);

        var inside = await client.GetAsync(new Uri("/integrer/orientation?territoire=departement:23&couleur=1f4e79&envoye=1&lieu=Gu%C3%A9ret", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Redirect, inside.StatusCode);
        Assert.Equal("/integrer/orientation/etape?commune=23096&territoire=departement%3A23&couleur=1f4e79", inside.Headers.Location!.OriginalString);

        // A commune of another département given by hand goes back to the first step.
        var tampered = await client.GetAsync(new Uri("/integrer/orientation/etape?commune=35238&territoire=departement:23", UriKind.Relative), Ct);
        Assert.Equal("/integrer/orientation?territoire=departement%3A23", tampered.Headers.Location!.OriginalString);

        var results = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/integrer/orientation/resultats?commune=23096&etape=creation&territoire=departement:23&couleur=1f4e79", UriKind.Relative), Ct));
        Assert.Contains("href=\"/integrer/orientation/etape?commune=23096&etape=creation&territoire=departement%3A23&couleur=1f4e79\" target=\"_self\"", results, StringComparison.Ordinal);
        Assert.Contains("action=\"/integrer/orientation/resultats\" target=\"_self\"", results, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"couleur\" value=\"1f4e79\" />", results, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/integrer/theme.css?couleur=1f4e79\" />", results, StringComparison.Ordinal);
        // The link to keep is the site's own page, not the frame's.
        Assert.Contains("/orientation/resultats?commune=23096&etape=creation\" readonly", results, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1f4e79", HttpStatusCode.OK)]
    [InlineData("%231F4E79", HttpStatusCode.OK)]
    [InlineData("ffff00", HttpStatusCode.NotFound)] // white text on yellow: 1.07:1
    [InlineData("000000;}body{display:none", HttpStatusCode.NotFound)]
    [InlineData("red", HttpStatusCode.NotFound)]
    public async Task The_accent_stylesheet_takes_only_a_dark_enough_hexadecimal_colour(string colour, HttpStatusCode expected)
    {
        var response = await Client().GetAsync(new Uri("/integrer/theme.css?couleur=" + colour, UriKind.Relative), Ct);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
            Assert.Contains("--accent: #1f4e79;", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_integration_page_gives_the_snippet_a_live_preview_and_says_why_a_colour_is_refused()
    {
        var html = WebUtility.HtmlDecode(await Client().GetStringAsync(new Uri("/integrer?territoire=region:75&couleur=1f4e79", UriKind.Relative), Ct));

        Assert.Contains("<iframe src=\"http://localhost/integrer/orientation?territoire=region%3A75&couleur=1f4e79\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"http://localhost/orientation\">", html, StringComparison.Ordinal);
        Assert.Contains("<iframe class=\"embed-preview\" src=\"/integrer/orientation?territoire=region%3A75&couleur=1f4e79\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);

        var refused = WebUtility.HtmlDecode(await Client().GetStringAsync(new Uri("/integrer?couleur=ffff00", UriKind.Relative), Ct));
        Assert.Contains("« ffff00 » est trop claire", refused, StringComparison.Ordinal);
        Assert.Contains("<iframe class=\"embed-preview\" src=\"/integrer/orientation\"", refused, StringComparison.Ordinal);
    }
}
