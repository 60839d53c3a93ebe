using Microsoft.Playwright;

namespace Aiguillage.BrowserTests;

public sealed class SearchTests(SiteFixture site)
{
    [Fact]
    public async Task A_visitor_searches_from_the_header_with_the_keyboard_and_sees_highlighted_results()
    {
        var (page, problems) = await site.OpenAsync();
        await page.VisitAsync(site.BaseUrl + "/");

        var header = new HeaderSearch(page);
        await header.Input.FocusAsync();
        await page.Keyboard.TypeAsync("tiers lieux");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync("**/recherche?q=tiers+lieux");

        var results = new SearchPage(page);
        Assert.Matches("^[0-9]+ résultats pour « tiers lieux »", await results.Count.InnerTextAsync());
        Assert.True(await results.Results.CountAsync() >= 5);
        Assert.True(await results.Marks.CountAsync() >= 1);
        Assert.Equal("tiers lieux", await results.Query.InputValueAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await results.Territory.SelectOptionAsync(new SelectOptionValue { Label = "Nouvelle-Aquitaine" });
        await results.Submit.ClickAsync();
        await page.ArriveAsync("**territoire=region%3A75**");
        Assert.Contains("avec ces filtres", await results.Count.InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.VisitAsync(site.BaseUrl + "/recherche?q=zzzzqqq");
        Assert.StartsWith("Aucun résultat", await results.Count.InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Search_works_without_javascript()
    {
        var (page, problems) = await site.OpenAsync(javaScript: false);
        await page.VisitAsync(site.BaseUrl + "/offres");

        await new HeaderSearch(page).Input.FillAsync("creation scic");
        await new HeaderSearch(page).Submit.ClickAsync();
        await page.ArriveAsync("**/recherche?q=creation+scic");

        var results = new SearchPage(page);
        Assert.True(await results.Results.CountAsync() >= 5);
        Assert.True(await results.Marks.CountAsync() >= 1);
        await results.Results.First.GetByRole(AriaRole.Heading).GetByRole(AriaRole.Link).ClickAsync();
        await page.ArriveAsync(new System.Text.RegularExpressions.Regex("/(offres|structures)/[0-9]+$"));
        Assert.Empty(problems);
    }
}

internal sealed class HeaderSearch(IPage page)
{
    private ILocator Form => page.GetByRole(AriaRole.Search, new() { Name = "Recherche sur le site" });

    public ILocator Input => Form.GetByLabel("Rechercher une offre ou une structure");

    public ILocator Submit => Form.GetByRole(AriaRole.Button, new() { Name = "Rechercher" });
}

internal sealed class SearchPage(IPage page)
{
    private ILocator Form => page.GetByRole(AriaRole.Search, new() { Name = "Recherche dans les offres et les structures" });

    public ILocator Query => Form.GetByLabel("Mots recherchés");

    public ILocator Territory => Form.GetByLabel("Territoire");

    public ILocator Submit => Form.GetByRole(AriaRole.Button, new() { Name = "Rechercher" });

    public ILocator Count => page.Locator(".result-count");

    public ILocator Results => page.Locator("ol.search-results > li");

    public ILocator Marks => page.Locator(".search-fragment mark");
}
