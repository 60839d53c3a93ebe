using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.IntegrationTests;

/// <summary>What an outside tester tried (issue 14): status lines, methods, headers and echoed control characters.</summary>
public sealed class HardeningTests(SqliteDatabase database)
{
    private readonly HttpClient _client = database.Web.CreateClient(new() { AllowAutoRedirect = false });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/Erreur")]
    [InlineData("/Erreur?code=-5")]
    [InlineData("/Erreur?code=101")]
    [InlineData("/Erreur?code=999")]
    [InlineData("/Erreur?code=500")]
    public async Task The_error_page_asked_for_directly_is_not_found_whatever_the_address_says(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page introuvable", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/referentiels")]
    public async Task Trace_is_refused_everywhere(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Trace, url);
        request.Headers.Add("X-Echo", "secret-de-session");
        var response = await _client.SendAsync(request, Ct);

        // Nothing of the request comes back (the API says why in a ProblemDetails).
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.DoesNotContain("secret-de-session", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/referentiels")]
    public async Task Pages_and_api_send_a_permissions_policy(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("geolocation=()", string.Join(",", response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bidi_controls_are_not_echoed_by_the_api_nor_by_a_page()
    {
        var api = await _client.GetAsync(new Uri("/api/v1/orientation?commune=23096&etape=%E2%80%AEnoitaerc%E2%80%AC", UriKind.Relative), Ct);
        var problem = await api.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("noitaerc", System.Text.RegularExpressions.Regex.Unescape(problem), StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', System.Text.RegularExpressions.Regex.Unescape(problem));

        var page = await _client.GetAsync(new Uri("/recherche?q=%E2%80%AEelbadiul%E2%81%A6x", UriKind.Relative), Ct);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("elbadiul", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', html);
        Assert.DoesNotContain('\u2066', html);
    }

    [Fact]
    public async Task Absolute_links_use_the_configured_public_address_and_unknown_hosts_are_refused()
    {
        await using var site = database.Web.WithWebHostBuilder(b =>
        {
            b.UseSetting("Site:PublicUrl", "https://aiguillage.example.org/");
            b.UseSetting("AllowedHosts", "localhost;aiguillage.example.org");
        });
        var client = site.CreateClient();

        var geojson = await client.GetStringAsync(new Uri("/api/v1/structures.geojson?departement=23", UriKind.Relative), Ct);
        Assert.Contains("https://aiguillage.example.org/structures/", geojson, StringComparison.Ordinal);
        Assert.DoesNotContain("http://localhost", geojson, StringComparison.Ordinal);

        using var spoofed = new HttpRequestMessage(HttpMethod.Get, "/api/v1/structures.geojson");
        spoofed.Headers.Host = "evil.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(spoofed, Ct)).StatusCode);
    }

    [Fact]
    public async Task The_public_api_and_the_results_page_are_limited_per_client_with_a_french_429()
    {
        await using var site = database.Web.WithWebHostBuilder(b =>
        {
            b.UseSetting("RateLimits:Public:PermitLimit", "3");
            b.UseSetting("RateLimits:Public:WindowSeconds", "120");
        });
        var client = site.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.GetAsync(new Uri("/api/v1/referentiels", UriKind.Relative), Ct)).StatusCode);
        }

        var refused = await client.GetAsync(new Uri("/api/v1/referentiels", UriKind.Relative), Ct);
        var page = await client.GetAsync(new Uri("/orientation/resultats?commune=23096&etape=creation", UriKind.Relative), Ct);
        var home = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 120);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Trop de requêtes", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("Trop de demandes", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    /// <summary>On Kestrel, as in production: no Server banner, and HEAD on the API answers like GET without a body.</summary>
    [Fact]
    public async Task Kestrel_sends_no_server_banner_and_answers_head_on_the_api()
    {
        await using var site = Hosts.On(database);
        site.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        site.StartServer();
        using var client = new HttpClient { BaseAddress = new Uri(site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        var get = await client.GetAsync(new Uri("/api/v1/referentiels", UriKind.Relative), Ct);
        using var head = new HttpRequestMessage(HttpMethod.Head, "/api/v1/referentiels");
        var headResponse = await client.SendAsync(head, Ct);
        var page = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, headResponse.StatusCode);
        Assert.Empty(await headResponse.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, headResponse.Content.Headers.ContentType?.MediaType);
        Assert.Empty(get.Headers.Server);
        Assert.Empty(page.Headers.Server);
    }
}
