using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Aiguillage.BrowserTests.SiteFixture))]

// One browser test at a time: on two cores, two tests beside the site and Chromium starved each other (a different test timed out on each run).
[assembly: CollectionBehavior(MaxParallelThreads = 1)]

namespace Aiguillage.BrowserTests;

/// <summary>
/// The real site on Kestrel (127.0.0.1, free port) over a fresh SQLite database that the site initialises itself,
/// as `dotnet run` does, and Debian's Chromium driven by Playwright (no browser download).
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"aiguillage-browser-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program>? _factory;
    private const int KeptContexts = 6;
    private readonly Queue<IBrowserContext> _contexts = new();
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    /// <summary>
    /// Another origin on this machine (another port), where EmbedTests serve a partner's page; the site lets it frame the
    /// embedded questionnaire (Embed:AllowedOrigins), as an operator would for a CRESS.
    /// </summary>
    public string PartnerOrigin { get; } = $"http://127.0.0.1:{FreePort()}";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The site's services, to read what it wrote (the mails in the queue).</summary>
    public IServiceProvider Services => _factory!.Services;

    public async ValueTask InitializeAsync()
    {
        (_factory, BaseUrl) = StartSite(new Dictionary<string, string>
        {
            ["Database:InitializeOnStartup"] = "true",
            ["Embed:AllowedOrigins:0"] = PartnerOrigin,
        });

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A page that fails the test on any console error or HTTP error it meets.</summary>
    public async Task<(IPage Page, List<string> Problems)> OpenAsync(bool javaScript = true)
    {
        // Tests run one at a time and open at most four contexts each: older contexts are closed, so that forty tests do not
        // leave forty sets of renderers (and their timers, maps and sockets) running beside the site on two cores.
        while (_contexts.Count >= KeptContexts)
        {
            await _contexts.Dequeue().CloseAsync();
        }

        var context = await Browser.NewContextAsync(new() { JavaScriptEnabled = javaScript, Locale = "fr-FR" });
        _contexts.Enqueue(context);
        // A step that waits longer than this has failed: say so rather than hang the run. Generous, because two tests run at
        // once on two cores beside the site, which sometimes rebuilds its catalogue or computes a diagnosis meanwhile; these
        // are guards against hangs, not measures of speed (those are in the benchmarks).
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(45_000);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"console : {message.Text}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"HTTP {response.Status} : {response.Url}");
            }
        };
        return (page, problems);
    }

    /// <summary>
    /// Another instance of the site over the same database, with settings of its own (a tile server for the map): it
    /// starts in a second and adds no browser. The caller disposes it.
    /// </summary>
    public (WebApplicationFactory<Program> Site, string BaseUrl) StartAnotherSite(IReadOnlyDictionary<string, string> settings) =>
        StartSite(new Dictionary<string, string>(settings) { ["Database:InitializeOnStartup"] = "false" });

    private (WebApplicationFactory<Program> Site, string BaseUrl) StartSite(IReadOnlyDictionary<string, string> settings)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("ConnectionStrings:Aiguillage", $"Data Source={_databasePath}");
            // The tests sign in and post forms from one address, more often than the public limit allows (tested elsewhere).
            b.UseSetting("Referrals:RateLimit:PermitLimit", "1000");
            b.UseSetting("RateLimits:Public:PermitLimit", "0");
            b.UseSetting("OpenData:DumpDirectory", Path.Combine(Path.GetTempPath(), $"aiguillage-browser-dumps-{Guid.NewGuid():N}"));
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return (factory, factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
