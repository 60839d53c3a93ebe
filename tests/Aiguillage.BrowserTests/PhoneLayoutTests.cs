using Microsoft.Playwright;

namespace Aiguillage.BrowserTests;

/// <summary>
/// Phones first (issue 15): every main page and every page of the members' space reflows at 320 px (WCAG 1.4.10) and on a 390×844 phone, its controls are
/// touch targets of 44 px at least, and on the results page the first offer is on the first screen.
/// </summary>
public sealed class PhoneLayoutTests(SiteFixture site)
{
    private static readonly (int Width, int Height)[] Phones = [(320, 640), (390, 844)];

    [Fact]
    public async Task Every_main_page_fits_a_phone_without_scrolling_sideways_and_with_large_touch_targets()
    {
        var (page, problems) = await site.OpenAsync();
        var failures = await CheckAsync(page, MainPages.All.Select(p => (p, 200)).ToList(), problems);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_signed_in_page_fits_a_phone_without_scrolling_sideways_has_large_touch_targets_and_passes_axe()
    {
        var pages = await SignedInPages.PrepareAsync(site);
        var failures = new List<string>();
        foreach (var role in pages.All.Select(p => p.Role).Distinct())
        {
            var (page, problems) = await site.OpenAsync();
            await SignedInPages.SignInAsync(site, page, pages.Emails[role]);
            failures.AddRange((await CheckAsync(page, pages.All.Where(p => p.Role == role).Select(p => (p.Path, p.Status)).ToList(), problems, scan: true)).Select(f => $"{role} : {f}"));
            failures.AddRange(problems.Select(p => $"{role} : {p}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// Opens each page at each phone width; returns what overflows, the small targets and (when asked) axe's serious
    /// violations. An expected error status is not a problem.
    /// </summary>
    private async Task<List<string>> CheckAsync(IPage page, IReadOnlyList<(string Path, int Status)> paths, List<string> problems, bool scan = false)
    {
        var failures = new List<string>();
        var expected = new List<string>();
        foreach (var (width, height) in Phones)
        {
            await page.SetViewportSizeAsync(width, height);
            foreach (var (path, status) in paths)
            {
                var response = await page.VisitAsync(site.BaseUrl + path);
                if (response?.Status != status)
                {
                    failures.Add($"{path} : HTTP {response?.Status}, attendu {status}");
                }
                else if (status >= 400)
                {
                    expected.Add($"HTTP {status} : {response.Url}");
                    expected.Add($"console : Failed to load resource: the server responded with a status of {status} ({(System.Net.HttpStatusCode)status})");
                }

                var overflow = await page.EvaluateAsync<string>(
                    "() => document.documentElement.scrollWidth <= window.innerWidth ? '' : document.documentElement.scrollWidth + ' px > ' + window.innerWidth + ' px : '"
                    + " + [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 4).map(e => e.tagName + '.' + e.className).join(', ')");
                if (overflow.Length > 0)
                {
                    failures.Add($"{path} à {width} px : {overflow}");
                }

                var scrolled = await page.EvaluateAsync<string>(InnerScrolling);
                if (scrolled.Length > 0)
                {
                    failures.Add($"{path} à {width} px, défilement horizontal dans la page : {scrolled}");
                }

                var small = await page.EvaluateAsync<string>(SmallTargets);
                if (small.Length > 0)
                {
                    failures.Add($"{path} à {width} px, cibles de moins de 44 px : {small}");
                }

                // axe once per page, at the narrowest width (the main pages are scanned by the tests of each screen).
                if (scan && width == Phones[0].Width)
                {
                    failures.AddRange((await Accessibility.SeriousViolationsAsync(page)).Select(v => $"{path} à {width} px, axe : {v}"));
                }
            }
        }

        // The browser reports an error status twice (the response, then the console), sometimes after the next page has loaded.
        foreach (var line in expected)
        {
            problems.Remove(line);
        }

        return failures;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task On_a_phone_the_first_result_is_on_the_first_screen_and_the_filters_open_without_javascript(bool javaScript)
    {
        var (page, problems) = await site.OpenAsync(javaScript);
        await page.SetViewportSizeAsync(390, 844);
        await page.VisitAsync(site.BaseUrl + MainPages.Results);

        var first = new ResultsPage(page).Results.First;
        var top = await first.EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.True(top < 844 - 60, $"Le premier résultat commence à {top} px, sous le premier écran (844 px).");

        // The profile is one line with a link to change it; the filters are a disclosure, closed until asked for.
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Modifier mes réponses" })).ToBeVisibleAsync();
        var type = page.GetByLabel("Type d'offre");
        await Assertions.Expect(type).Not.ToBeVisibleAsync();
        await page.GetByText("Affiner les résultats").ClickAsync();
        await Assertions.Expect(type).ToBeVisibleAsync();
        await type.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await page.ArriveAsync(new System.Text.RegularExpressions.Regex("type="));
        // With a filter chosen, the disclosure stays open so the person sees why fewer offers are shown.
        await Assertions.Expect(page.GetByLabel("Type d'offre")).ToBeVisibleAsync();
        if (javaScript)
        {
            await Accessibility.AssertNoSeriousViolationsAsync(page);
        }

        Assert.Empty(problems);
    }

    /// <summary>
    /// Boxes that scroll sideways inside the page: the page does not overflow, but the content still needs two-dimensional
    /// scrolling. Allowed only for a true data table (WCAG 1.4.10's exception) in a region the keyboard can scroll: a
    /// named role=region with tabindex=0. Anything else must reflow (stacked rows, wrapping).
    /// </summary>
    private const string InnerScrolling = """
        () => [...document.querySelectorAll('body *')]
          .filter(e => e.scrollWidth > e.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
          .filter(e => !(e.matches('[role=region][tabindex="0"][aria-label], [role=region][tabindex="0"][aria-labelledby]') && e.querySelector('table')))
          .slice(0, 4).map(e => e.tagName + '.' + e.className + ' ' + e.clientWidth + ' px < ' + e.scrollWidth + ' px').join(', ')
        """;

    /// <summary>
    /// Controls (buttons, fields, menus, the header's links, the pagination's links) smaller than 44 px in either direction
    /// (WCAG 2.5.5); links inside sentences are exempt (WCAG 2.5.8), links standing alone like the pagination's are not.
    /// </summary>
    private const string SmallTargets = """
        () => [...document.querySelectorAll('button, .button, select, summary, input:not([type=hidden]):not([type=checkbox]):not([type=radio]), .nav-list a, .pagination a, .header-search-toggle')]
          // A trap field for robots is out of sight and out of the tab order: not a target.
          .filter(e => !e.closest('[aria-hidden=true]'))
          .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && (r.height < 43.5 || r.width < 43.5); })
          .slice(0, 4).map(e => e.tagName + '.' + e.className + ' "' + (e.textContent || e.name || '').trim().slice(0, 30) + '" ' + Math.round(e.getBoundingClientRect().width) + '×' + Math.round(e.getBoundingClientRect().height)).join(', ')
        """;
}
