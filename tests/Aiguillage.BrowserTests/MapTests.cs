using Microsoft.Playwright;

namespace Aiguillage.BrowserTests;

public sealed class MapTests(SiteFixture site)
{
    private static async Task<string> FocusedTextAsync(IPage page) =>
        await page.EvaluateAsync<string>("(document.activeElement.getAttribute('aria-label') || document.activeElement.textContent || '').trim()");

    private static async Task TabUntilAsync(IPage page, Func<string, bool> found, int max = 80)
    {
        for (var i = 0; i < max; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (found(await FocusedTextAsync(page)))
            {
                return;
            }
        }

        Assert.Fail("Le clavier n'a pas atteint l'élément attendu.");
    }

    [Fact]
    public async Task The_map_opens_from_the_nav_with_the_keyboard_and_shows_markers_and_the_list()
    {
        var (page, problems) = await site.OpenAsync();
        await page.VisitAsync(site.BaseUrl + "/");
        await TabUntilAsync(page, t => t == "Carte");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync("**/carte");

        var map = new StructureMapPage(page);
        await Assertions.Expect(map.Map).ToBeVisibleAsync();
        await Assertions.Expect(map.Map).ToHaveAttributeAsync("data-loaded", new System.Text.RegularExpressions.Regex("^[1-9]"));
        Assert.True(await map.Markers.CountAsync() > 0, "Aucun marqueur ni groupe sur la carte.");
        Assert.True(await map.ListItems.CountAsync() > 100);

        // A marker is reached with the keyboard and opens its popup with Enter.
        await page.Locator(".leaflet-marker-icon").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_map_filters_by_departement_and_shows_a_single_structure_popup()
    {
        var (page, problems) = await site.OpenAsync();
        await page.VisitAsync(site.BaseUrl + "/carte?departement=974");
        var map = new StructureMapPage(page);
        await Assertions.Expect(map.Map).ToHaveAttributeAsync("data-loaded", new System.Text.RegularExpressions.Regex("^[1-9]"));
        // The structures of La Réunion share the département's centre: Enter on their group spreads them out.
        await page.Locator(".marker-cluster").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var marker = page.Locator(".leaflet-marker-icon[title]").First;
        await marker.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".leaflet-popup-content")).ToContainTextAsync("Position");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_coverage_map_leads_to_a_departement_directory_with_the_keyboard()
    {
        var (page, problems) = await site.OpenAsync();
        await page.VisitAsync(site.BaseUrl + "/couverture?etape=creation");
        var coverage = new CoveragePage(page);
        Assert.Equal(101, await coverage.Departements.CountAsync());
        Assert.Equal(101, await coverage.TableRows.CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await TabUntilAsync(page, t => t.StartsWith("Creuse (23) : ", StringComparison.Ordinal), 200);
        Assert.Equal("/annuaire/departement/23?etape=creation", await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        Assert.Empty(problems);

        // The directory page belongs to another feature: only the address reached is checked here.
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync(new System.Text.RegularExpressions.Regex("/annuaire/departement/23\\?etape=creation$"));
    }

    [Fact]
    public async Task Both_maps_work_without_javascript()
    {
        var (page, problems) = await site.OpenAsync(javaScript: false);
        await page.VisitAsync(site.BaseUrl + "/carte?etape=creation");
        var map = new StructureMapPage(page);
        Assert.False(await map.Map.IsVisibleAsync());
        Assert.True(await map.ListItems.CountAsync() > 0);

        await page.VisitAsync(site.BaseUrl + "/couverture");
        await page.GetByLabel("Besoin", new() { Exact = true }).SelectOptionAsync("financement");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
        await page.ArriveAsync(new System.Text.RegularExpressions.Regex("/couverture\\?etape=&besoin=financement$"));
        Assert.Equal(101, await new CoveragePage(page).Departements.CountAsync());
        Assert.Empty(problems);
    }
}

internal sealed class StructureMapPage(IPage page)
{
    public ILocator Map => page.GetByRole(AriaRole.Region, new() { Name = "Carte des structures d'accompagnement (les mêmes structures que la liste)" });

    public ILocator Markers => page.Locator(".leaflet-marker-icon");

    public ILocator ListItems => page.Locator(".structure-list li");
}

internal sealed class CoveragePage(IPage page)
{
    public ILocator Departements => page.Locator("svg.choropleth-map a.dep");

    public ILocator TableRows => page.Locator(".data-table tbody tr");
}
