using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Aiguillage.BrowserTests;

internal static class Accessibility
{
    /// <summary>Runs axe on the page and fails on any serious or critical violation, listing them in French.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var serious = await SeriousViolationsAsync(page);
        Assert.True(serious.Count == 0, $"Violations d'accessibilité sur {page.Url} :\n" + string.Join("\n", serious));
    }

    /// <summary>Runs axe on the page and lists its serious or critical violations in French, for a test that checks many pages before it fails.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        AxeResult result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        return result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"- {v.Id} ({v.Impact}) : {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
    }

    /// <summary>WCAG 1.4.10: in a 320 px wide window the page does not scroll sideways; names the first elements that overflow.</summary>
    public static async Task AssertReflowsAt320Async(IPage page)
    {
        var size = page.ViewportSize;
        await page.SetViewportSizeAsync(320, 800);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var culprits = overflow <= 0 ? "" : await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
            + ".slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ')");
        Assert.True(overflow <= 0, $"{page.Url} déborde de {overflow} px à 320 px de large : {culprits}");
        if (size is not null)
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
        }
    }
}
