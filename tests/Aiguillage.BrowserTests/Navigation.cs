using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Aiguillage.BrowserTests;

/// <summary>
/// How a test goes to a page and waits until it has arrived. Playwright's own waits (<c>GotoAsync</c>, <c>WaitForURLAsync</c>)
/// end on the browser's "load" lifecycle event; Debian's Chromium, which is not the build Playwright ships with, now and then
/// never reports that event for a document that has loaded (CI saw a sign-in wait 30 s on /espace while "networkidle" had
/// fired, and a link followed with Enter wait 45 s). So these waits end on the navigation's commit, which is never lost, and
/// then ask the document itself whether it has finished loading (<c>document.readyState</c>), which works with or without
/// JavaScript in the page: the page is then as complete as after a "load" event, styles, images and frames included.
/// </summary>
internal static class Navigation
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    /// <summary>Opens <paramref name="url"/> and waits until its document has loaded; returns the main response.</summary>
    public static async Task<IResponse?> VisitAsync(this IPage page, string url)
    {
        var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await page.MainFrame.LoadedAsync();
        return response;
    }

    /// <summary>Waits for the page to be at an address matching the glob <paramref name="url"/>, loaded.</summary>
    public static Task ArriveAsync(this IPage page, string url) => page.MainFrame.ArriveAsync(url);

    /// <summary>Waits for the page to be at an address matching <paramref name="url"/>, loaded.</summary>
    public static Task ArriveAsync(this IPage page, Regex url) => page.MainFrame.ArriveAsync(url);

    /// <summary>Waits for the frame to be at an address matching the glob <paramref name="url"/>, loaded.</summary>
    public static Task ArriveAsync(this IFrame frame, string url) => ArriveAsync(frame, options => frame.WaitForURLAsync(url, options));

    /// <summary>Waits for the frame to be at an address matching <paramref name="url"/>, loaded.</summary>
    public static Task ArriveAsync(this IFrame frame, Regex url) => ArriveAsync(frame, options => frame.WaitForURLAsync(url, options));

    private static async Task ArriveAsync(IFrame frame, Func<FrameWaitForURLOptions, Task> committedAt)
    {
        await committedAt(new() { WaitUntil = WaitUntilState.Commit, Timeout = (float)Patience.TotalMilliseconds });
        await frame.LoadedAsync();
    }

    /// <summary>Waits until the frame's current document says it has finished loading.</summary>
    public static async Task LoadedAsync(this IFrame frame)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                if (await frame.EvaluateAsync<string>("document.readyState") == "complete")
                {
                    return;
                }
            }
            catch (PlaywrightException) when (DateTime.UtcNow < deadline)
            {
                // The document was replaced while it was asked (a redirect, a form posted by the page): ask the new one.
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"{frame.Url} n'a pas fini de se charger en {Patience.TotalSeconds} s.");
            }

            await Task.Delay(50);
        }
    }
}
