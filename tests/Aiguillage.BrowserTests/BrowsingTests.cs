using Microsoft.Playwright;

namespace Aiguillage.BrowserTests;

public sealed class BrowsingTests(SiteFixture site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/dispositifs/dla")]
    [InlineData("/offres/5")]
    [InlineData("/structures/1")]
    [InlineData("/orientation/resultats?commune=23096&etape=creation&besoins=financement")]
    [InlineData("/annuaire/departement/23")]
    [InlineData("/recherche?q=tiers+lieux")]
    [InlineData("/offres/5/mise-en-relation?commune=23096&etape=creation")]
    [InlineData("/compte/connexion")]
    [InlineData("/compte/mot-de-passe-oublie")]
    public async Task A_page_reflows_in_a_320_pixel_window_without_scrolling_sideways(string path)
    {
        var (page, problems) = await site.OpenAsync();
        await page.VisitAsync(site.BaseUrl + path);
        await Accessibility.AssertReflowsAt320Async(page);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_dispositifs_list_their_operators_by_territory_accessibly_with_and_without_javascript()
    {
        foreach (var javaScript in new[] { true, false })
        {
            var (page, problems) = await site.OpenAsync(javaScript: javaScript);
            await page.VisitAsync(site.BaseUrl + "/dispositifs");
            Assert.Equal("Dispositifs et labels", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
            if (javaScript)
            {
                await Accessibility.AssertNoSeriousViolationsAsync(page);
            }

            await page.GetByRole(AriaRole.Link, new() { Name = "Dispositif local d'accompagnement (DLA)", Exact = true }).ClickAsync();
            await page.ArriveAsync("**/dispositifs/dla");
            Assert.Contains("Creuse (23)", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("opérateur à confirmer", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            if (javaScript)
            {
                await Accessibility.AssertNoSeriousViolationsAsync(page);
            }

            Assert.Empty(problems);
        }
    }

    [Fact]
    public async Task A_visitor_goes_from_the_home_page_to_an_offer_and_its_structure_and_every_page_is_accessible()
    {
        var (page, problems) = await site.OpenAsync();
        var home = new HomePage(page, site.BaseUrl);
        await home.OpenAsync();
        Assert.Contains("accompagnement", await home.Heading.InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await home.BrowseOffers.ClickAsync();
        var offers = new OffersPage(page);
        Assert.Equal("Offres d'accompagnement", await offers.Heading.InnerTextAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        var title = await offers.OfferLinks.First.InnerTextAsync();
        await offers.OfferLinks.First.ClickAsync();
        var offer = new OfferPage(page);
        Assert.Equal(title, await offer.Heading.InnerTextAsync());
        Assert.True(await offer.HowToBenefit.IsVisibleAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await offer.StructureLink.ClickAsync();
        await page.ArriveAsync("**/structures/*");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.VisitAsync(site.BaseUrl + "/structures");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        Assert.Empty(problems);

        // The French "page introuvable" is accessible too (its 404 status is expected there).
        await page.VisitAsync(site.BaseUrl + "/offres/999999");
        Assert.Equal("Page introuvable", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task The_keyboard_reaches_the_content_through_the_skip_link_and_follows_links()
    {
        var (page, problems) = await site.OpenAsync();
        await page.VisitAsync(site.BaseUrl + "/");

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("document.activeElement.textContent.trim()");
        Assert.Equal("Aller au contenu", focused);
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync("**#contenu");
        // The fragment is reached before the focus moves: Tab from the skip link would walk the header instead.
        await page.WaitForFunctionAsync("document.activeElement !== null && document.activeElement.closest('#contenu') !== null");

        // Tab on until the offers link of the page body, then follow it with Enter.
        var reached = "";
        for (var i = 0; i < 60 && reached != "Parcourir les offres"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<string>("document.activeElement.textContent.trim()");
        }

        Assert.Equal("Parcourir les offres", reached);
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync("**/offres");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Pages_work_without_javascript()
    {
        var (page, problems) = await site.OpenAsync(javaScript: false);
        await page.VisitAsync(site.BaseUrl + "/offres");
        await page.Locator(".card-title a").First.ClickAsync();
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Comment en bénéficier ?" }).IsVisibleAsync());
        await page.VisitAsync(site.BaseUrl + "/structures?page=2");
        Assert.Contains("Page 2 sur", await page.Locator(".pagination").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(problems);
    }
}
