using Microsoft.Playwright;

namespace Aiguillage.BrowserTests;

/// <summary>
/// A map that stands on its own (issue 15, item 3): with no tile server (the tests' settings, as in development), /carte
/// draws the départements and régions shipped with the site under the pins, and its legend tells the two kinds of pins.
/// </summary>
public sealed class BaseMapTests(SiteFixture site)
{
    [Fact]
    public async Task Without_tiles_the_map_draws_the_departements_and_its_legend_tells_the_two_kinds_of_pins()
    {
        var (page, problems) = await site.OpenAsync();
        await page.VisitAsync(site.BaseUrl + "/carte");
        var map = new StructureMapPage(page);
        await Assertions.Expect(map.Map).ToHaveAttributeAsync("data-loaded", new System.Text.RegularExpressions.Regex("^[1-9]"));
        // 101 départements and 18 régions: wait until both layers are drawn.
        await Assertions.Expect(map.Map).ToHaveAttributeAsync("data-outlines", "119");

        Assert.Equal(101, await page.Locator("#carte path.base-departement").CountAsync());
        Assert.Equal(18, await page.Locator("#carte path.base-region").CountAsync());
        Assert.True(await page.Locator("#carte svg path").CountAsync() > 90);
        Assert.Contains("IGN Admin Express", await page.Locator(".leaflet-control-attribution").InnerTextAsync(), StringComparison.Ordinal);

        var legend = page.Locator("#carte-legende");
        await Assertions.Expect(legend).ToBeVisibleAsync();
        await Assertions.Expect(legend.Locator(".pin-exact")).ToHaveCountAsync(1);
        await Assertions.Expect(legend.Locator(".pin-approx")).ToHaveCountAsync(1);
        Assert.Contains("placée à sa commune", await legend.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("centre de son département", await legend.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Contours des départements", await legend.InnerTextAsync(), StringComparison.Ordinal);

        await Accessibility.AssertNoSeriousViolationsAsync(page);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_departement_map_shows_pins_at_a_commune_and_pins_at_the_departement_centre_differently()
    {
        var (page, problems) = await site.OpenAsync();
        await page.VisitAsync(site.BaseUrl + "/carte?departement=23");
        var map = new StructureMapPage(page);
        await Assertions.Expect(map.Map).ToHaveAttributeAsync("data-loaded", new System.Text.RegularExpressions.Regex("^[1-9]"));
        // Spread the groups out so every pin shows its own look. A group drawn at the map's edge lies under the filters above
        // it: click the first one whose centre is really on the map (a person clicks what they see).
        await map.Map.ScrollIntoViewIfNeededAsync();
        for (var i = 0; i < 5; i++)
        {
            var visible = await page.Locator(".marker-cluster").EvaluateAllAsync<int>(
                "els => els.findIndex(e => { const r = e.getBoundingClientRect(); const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2); return hit !== null && e.contains(hit); })");
            if (visible < 0)
            {
                break;
            }

            await page.Locator(".marker-cluster").Nth(visible).ClickAsync();
            await page.WaitForTimeoutAsync(400);
        }

        Assert.True(await page.Locator("#carte .leaflet-marker-icon.pin").CountAsync() > 0, "Aucune épingle dessinée.");
        Assert.All(await page.Locator("#carte .pin-approx").EvaluateAllAsync<string[]>("els => els.map(e => e.title)"), t => Assert.Contains("approximative", t, StringComparison.Ordinal));
        Assert.Empty(problems);
    }
}
