using Microsoft.Playwright;

namespace Aiguillage.BrowserTests;

public sealed class DirectoryTests(SiteFixture site)
{
    private static async Task FocusAsync(IPage page, ILocator target, int maxTabs = 200)
    {
        for (var i = 0; i < maxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail("La cible n'a pas été atteinte au clavier.");
    }

    [Fact]
    public async Task A_visitor_browses_from_france_to_the_creuse_and_filters_by_stage_with_the_keyboard()
    {
        var (page, problems) = await site.OpenAsync();
        await page.VisitAsync(site.BaseUrl + "/");
        var directory = new DirectoryPage(page);

        await FocusAsync(page, page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByRole(AriaRole.Link, new() { Name = "Annuaire" }));
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync("**/annuaire");
        Assert.Equal("Annuaire de l'accompagnement en France", await directory.Heading.InnerTextAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await FocusAsync(page, directory.Territory("Nouvelle-Aquitaine"));
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync("**/annuaire/region/75");
        await FocusAsync(page, directory.Territory("Creuse (23)"));
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync("**/annuaire/departement/23");
        Assert.Equal("Annuaire : Creuse", await directory.Heading.InnerTextAsync());
        var before = await directory.Count.InnerTextAsync();

        await FocusAsync(page, directory.Filter("Étape"));
        await directory.Filter("Étape").SelectOptionAsync("creation");
        await FocusAsync(page, directory.Apply, 10);
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync("**/annuaire/departement/23?etape=creation");

        Assert.NotEqual(before, await directory.Count.InnerTextAsync());
        Assert.Contains("avec ces filtres", await directory.Count.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await directory.ResultLinks.CountAsync() > 0);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await directory.Structures.ClickAsync();
        await page.ArriveAsync("**/annuaire/departement/23?etape=creation&vue=structures");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_directory_works_without_javascript()
    {
        var (page, problems) = await site.OpenAsync(javaScript: false);
        await page.VisitAsync(site.BaseUrl + "/annuaire/departement/01");
        var directory = new DirectoryPage(page);

        await directory.Filter("Besoin").SelectOptionAsync("strategie");
        await directory.Apply.ClickAsync();
        await page.ArriveAsync("**/annuaire/departement/01?besoin=strategie");
        Assert.Contains("(DLA) de l'Ain", await page.Locator(".card-list").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Besoin : Stratégie" }).ClickAsync();
        await page.ArriveAsync("**/annuaire/departement/01");
        Assert.Empty(problems);
    }
}
