using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;

namespace Aiguillage.BrowserTests;

/// <summary>
/// The questionnaire embedded in a partner's page served from another origin (a second Kestrel on another port, ADR 019):
/// answered with the keyboard inside the frame up to the explained results, scanned with axe, with the partner's colour
/// and no cookie; and the pages of the open data and of the integration pass axe and reflow at 320 px.
/// </summary>
public sealed class EmbedTests(SiteFixture site) : IAsyncLifetime
{
    private WebApplication? _partner;
    private string _partnerPage = "";

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        var port = new Uri(site.PartnerOrigin).Port;
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        _partner = builder.Build();
        _partner.MapGet("/", () => Results.Content(_partnerPage, "text/html; charset=utf-8"));
        await _partner.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_partner is not null)
        {
            await _partner.DisposeAsync();
        }
    }

    /// <summary>The partner's page: its own heading and link, then the one line copied from /integrer.</summary>
    private void PartnerServes(string snippet) => _partnerPage =
        "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>CRESS de test – Accompagnement</title><link rel=\"icon\" href=\"data:,\"></head><body>"
        + "<header><a href=\"/\">Accueil de la CRESS</a></header><main><h1>Être accompagné dans la Creuse</h1>"
        + snippet + "</main></body></html>";

    private async Task<string> SnippetAsync(IPage page)
    {
        await page.VisitAsync(site.BaseUrl + "/integrer?territoire=departement:23&couleur=1f4e79");
        return await page.InputValueAsync("#code-integration");
    }

    /// <summary>Presses Tab until the element with this id, text or label has the focus inside the frame.</summary>
    private static async Task TabToAsync(IPage page, IFrame frame, string expected)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await frame.EvaluateAsync<string>("(() => { const e = document.activeElement; if (!e || !document.hasFocus()) return ''; const l = e.labels && e.labels.length ? e.labels[0].textContent : ''; return [e.id, (e.textContent || '').trim(), (l || '').trim(), e.value || ''].join('|'); })()");
            if (focused.Split('|').Any(part => part == expected || part.StartsWith(expected + " ", StringComparison.Ordinal)))
            {
                return;
            }
        }

        Assert.Fail($"Le clavier n'atteint pas « {expected} » dans le cadre.");
    }

    /// <summary>axe on the partner's page, then on the framed document itself, opened on its own in the same browser.</summary>
    private static async Task AssertAccessibleAsync(IPage page, IFrame frame)
    {
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var alone = await page.Context.NewPageAsync();
        await alone.VisitAsync(frame.Url);
        await Accessibility.AssertNoSeriousViolationsAsync(alone);
        await Accessibility.AssertReflowsAt320Async(alone);
        await alone.CloseAsync();
    }

    [Fact]
    public async Task A_partner_site_on_another_origin_embeds_the_questionnaire_answered_with_the_keyboard_up_to_the_explained_results()
    {
        var (page, problems) = await site.OpenAsync();
        PartnerServes(await SnippetAsync(page));
        Assert.StartsWith("<iframe src=\"" + site.BaseUrl + "/integrer/orientation?", _partnerPage[_partnerPage.IndexOf("<iframe", StringComparison.Ordinal)..], StringComparison.Ordinal);

        await page.VisitAsync(site.PartnerOrigin + "/");
        var frame = await (await page.Locator("iframe").ElementHandleAsync()).ContentFrameAsync();
        Assert.NotNull(frame);
        await frame.LoadedAsync();
        Assert.Equal("Où se situe votre projet ?", await frame.Locator("h1").InnerTextAsync());
        Assert.Contains("Creuse", await frame.Locator(".embed-territory").InnerTextAsync(), StringComparison.Ordinal);
        // The partner's colour reached the buttons through the theme stylesheet, without an inline style.
        Assert.Equal("rgb(31, 78, 121)", await frame.EvaluateAsync<string>("getComputedStyle(document.querySelector('.button')).backgroundColor"));
        await AssertAccessibleAsync(page, frame);

        await TabToAsync(page, frame, "lieu");
        await page.Keyboard.TypeAsync("Guéret");
        await page.Keyboard.PressAsync("Enter");
        await frame.ArriveAsync("**/integrer/orientation/etape?commune=23096**");
        await TabToAsync(page, frame, "etape");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.True(await frame.GetByRole(AriaRole.Radio, new() { Name = "Création" }).IsCheckedAsync());
        await TabToAsync(page, frame, "Continuer");
        await page.Keyboard.PressAsync("Enter");
        await frame.ArriveAsync("**/integrer/orientation/besoins**");
        await TabToAsync(page, frame, "Financement");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, frame, "Continuer");
        await page.Keyboard.PressAsync("Enter");
        await frame.ArriveAsync("**/integrer/orientation/forme**");
        await AssertAccessibleAsync(page, frame);
        await TabToAsync(page, frame, "Voir les offres");
        await page.Keyboard.PressAsync("Enter");
        await frame.ArriveAsync("**/integrer/orientation/resultats**");

        Assert.Equal("Les offres pour votre projet", await frame.Locator("h1").InnerTextAsync());
        Assert.True(await frame.Locator("ol.results > li").CountAsync() > 0);
        Assert.True(await frame.Locator(".criteria").First.IsVisibleAsync(), "chaque offre dit pourquoi elle correspond");
        Assert.Contains("couleur=1f4e79", frame.Url, StringComparison.Ordinal);
        Assert.Equal(site.PartnerOrigin + "/", page.Url);
        await AssertAccessibleAsync(page, frame);

        // No cookie from the embedded pages, for the partner's visitors or anyone.
        Assert.Empty(await page.Context.CookiesAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Without_javascript_the_embedded_questionnaire_still_loads_and_answers_in_the_partner_page()
    {
        var (setup, _) = await site.OpenAsync();
        PartnerServes(await SnippetAsync(setup));
        var (page, problems) = await site.OpenAsync(javaScript: false);

        await page.VisitAsync(site.PartnerOrigin + "/");
        var frame = page.FrameLocator("iframe");
        await frame.GetByLabel("Où se situe votre projet ?").FillAsync("Guéret");
        await frame.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();

        // The frame moved to the second step, inside the partner's page.
        await frame.Locator("h1", new() { HasText = "À quelle étape en est votre projet ?" }).WaitForAsync();
        Assert.Equal(site.PartnerOrigin + "/", page.Url);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("/integrer?territoire=region:75&couleur=1f4e79")]
    [InlineData("/donnees-ouvertes")]
    [InlineData("/donnees-ouvertes/dictionnaire")]
    public async Task The_pages_of_the_open_data_and_of_the_integration_pass_axe_and_reflow_at_320_px(string path)
    {
        var (page, problems) = await site.OpenAsync();
        await page.VisitAsync(site.BaseUrl + path);

        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Accessibility.AssertReflowsAt320Async(page);
        Assert.Empty(problems);
    }
}
