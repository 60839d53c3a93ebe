using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Aiguillage.BrowserTests;

internal static class Accessibility
{
    /// <summary>Runs axe on the page and fails on any serious or critical violation, listing them in French.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        AxeResult result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(
            serious.Count == 0,
            $"Violations d'accessibilité sur {page.Url} :\n" + string.Join("\n", serious.Select(v => $"- {v.Id} ({v.Impact}) : {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        Assert.NotEmpty(result.Passes);
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
