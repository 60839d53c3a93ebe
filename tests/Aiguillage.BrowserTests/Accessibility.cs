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
}
