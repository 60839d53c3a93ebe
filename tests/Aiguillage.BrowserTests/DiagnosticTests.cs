namespace Aiguillage.BrowserTests;

/// <summary>The diagnosis page: reached from the coverage page, a territory chosen without JavaScript, axe and 320 px reflow.</summary>
public sealed class DiagnosticTests(SiteFixture site)
{
    [Fact]
    public async Task A_region_is_chosen_without_javascript_and_its_diagnosis_is_accessible()
    {
        var (page, problems) = await site.OpenAsync(javaScript: false);
        await page.VisitAsync(site.BaseUrl + "/couverture");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "le diagnostic territorial" }).ClickAsync();
        await page.ArriveAsync("**/diagnostic");
        await page.GetByLabel("Territoire").SelectOptionAsync("region:75");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Voir le diagnostic" }).ClickAsync();
        await page.ArriveAsync("**/diagnostic/region/75");
        Assert.Equal("Diagnostic territorial : Nouvelle-Aquitaine", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator("table.matrix tbody tr").CountAsync() >= 5);

        var (scanned, scannedProblems) = await site.OpenAsync();
        await scanned.VisitAsync(site.BaseUrl + "/diagnostic/region/75");
        await Accessibility.AssertNoSeriousViolationsAsync(scanned);
        await Accessibility.AssertReflowsAt320Async(scanned);
        // Printed (A4, print stylesheet): a PDF without the forms and menus.
        await scanned.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        Assert.False(await scanned.Locator("form.filters").IsVisibleAsync());
        Assert.False(await scanned.Locator("#exporter").IsVisibleAsync());
        Assert.True(await scanned.Locator("table.matrix").IsVisibleAsync());
        var pdf = await scanned.PdfAsync(new() { Format = "A4", PrintBackground = true });
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.True(pdf.Length > 20_000, $"PDF de {pdf.Length} octets seulement.");
        await scanned.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Screen });
        await scanned.VisitAsync(site.BaseUrl + "/diagnostic");
        await Accessibility.AssertNoSeriousViolationsAsync(scanned);
        await scanned.VisitAsync(site.BaseUrl + "/barometre");
        await Accessibility.AssertNoSeriousViolationsAsync(scanned);
        await Accessibility.AssertReflowsAt320Async(scanned);
        Assert.Empty(problems.Concat(scannedProblems));
    }
}
