using Aiguillage.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Aiguillage.IntegrationTests;

/// <summary>Real hosts of the site on a test database: each one is an instance with its own catalogue refresher.</summary>
internal static class Hosts
{
    public static WebApplicationFactory<Program> On(TestDatabase database) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("Database:Provider", database.Provider == DatabaseProvider.Postgres ? "Postgres" : "Sqlite");
            b.UseSetting("Database:InitializeOnStartup", "false");
            b.UseSetting("Map:TileUrl", "");
            // The tests that look at mails run their own sender; this one would take their mails from the shared database.
            b.UseSetting("Mail:Enabled", "false");
            b.UseSetting("ConnectionStrings:Aiguillage", database.ConnectionString);
            // Every test host reads from one address; the public limit has a test of its own (HardeningTests).
            b.UseSetting("RateLimits:Public:PermitLimit", "0");
            // Open dumps go to a folder of the test run, written when a test asks (OpenDataDumpTests), never into the sources.
            b.UseSetting("OpenData:DumpDirectory", DumpDirectory);
            b.UseSetting("OpenData:NightlyDump", "false");
        });

    /// <summary>The open dumps' folder of every test host of this run.</summary>
    public static string DumpDirectory { get; } = Path.Combine(Path.GetTempPath(), $"aiguillage-dumps-{Guid.NewGuid():N}");

    /// <summary>Makes a site host send its queued mails to the test SMTP server, every 200 ms, without TLS.</summary>
    public static Action<IWebHostBuilder> SendingMailsTo(SmtpSink sink) => site =>
    {
        site.UseSetting("Mail:Enabled", "true");
        site.UseSetting("Mail:Mode", "smtp");
        site.UseSetting("Mail:Host", "127.0.0.1");
        site.UseSetting("Mail:Port", sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        site.UseSetting("Mail:Security", "aucune");
        site.UseSetting("Mail:PollInterval", "00:00:00.2");
    };

    /// <summary>Asks until the condition holds, for at most the time given; returns how long it took, or null.</summary>
    public static async Task<TimeSpan?> WithinAsync(TimeSpan limit, Func<Task<bool>> condition)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (await condition())
            {
                return watch.Elapsed;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        return await condition() ? watch.Elapsed : null;
    }
}
