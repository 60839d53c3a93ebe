using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.OpenData;
using Aiguillage.Referrals;

namespace Aiguillage.Web;

/// <summary>
/// The nightly open dump (ADR 019): at start when the folder has none, then every night at OpenData:DumpHour, Paris time.
/// With several instances on one database, the one that takes the job's lease (ADR 018) writes it, into the folder they
/// share; the others skip that night. A failure is logged and the previous dump keeps being served.
/// </summary>
internal sealed class OpenDumpScheduler(
    IServiceScopeFactory scopes, OpenDumpFolderPath folder, OpenDumpOptions options, ReferralOptions site, TimeProvider clock, ILogger<OpenDumpScheduler> logger) : BackgroundService
{
    public const string Job = "open-dump";

    /// <summary>
    /// Longer than a dump takes and than the instances' clocks differ, shorter than a day: the lease is not renewed, so
    /// the instance that took it tonight keeps it while the others pass 3 o'clock, and it is free again tomorrow.
    /// </summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromHours(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (await WriteOpenDump.LatestAsync(folder.Value, stoppingToken) is null)
        {
            await DumpAsync(stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(UntilNext(clock.GetUtcNow(), options.DumpHour), clock, stoppingToken);
            await DumpAsync(stoppingToken);
        }
    }

    /// <summary>The time until the next <paramref name="hour"/> o'clock in Paris (a day that skips that hour runs an hour later).</summary>
    public static TimeSpan UntilNext(DateTimeOffset now, int hour)
    {
        var paris = TimeZoneInfo.ConvertTime(now, CatalogueClock.Paris);
        var next = paris.Date.AddHours(hour);
        if (next <= paris.DateTime)
        {
            next = next.AddDays(1);
        }

        // An hour skipped when the clocks go forward (2 h on the last Sunday of March) is read with the offset before the
        // jump: the dump runs at the instant of the change, not an hour early.
        var offset = CatalogueClock.Paris.IsInvalidTime(next) ? CatalogueClock.Paris.GetUtcOffset(next.AddHours(-1)) : CatalogueClock.Paris.GetUtcOffset(next);
        var wait = new DateTimeOffset(next, offset) - now;
        return wait > TimeSpan.Zero ? wait : TimeSpan.FromMinutes(1);
    }

    private async Task DumpAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            if (!await services.GetRequiredService<JobLeases>().TryTakeAsync(Job, services.GetRequiredService<LeaseHolder>(), LeaseDuration, stoppingToken))
            {
                logger.LogInformation("Décharge ouverte : une autre instance l'écrit (bail {Job})", Job);
                return;
            }

            var dump = await scope.ServiceProvider.GetRequiredService<WriteOpenDump>().HandleAsync(folder.Value, site.PublicBaseUrl, stoppingToken);
            logger.LogInformation("Décharge ouverte écrite : {Path} ({Offers} offres, {Structures} structures)", dump.Path, dump.Manifest.Counts.Offers, dump.Manifest.Counts.Structures);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Échec de la décharge ouverte ; la précédente reste servie, nouvel essai la nuit prochaine");
        }
    }
}

/// <summary>The dumps' folder as a full path (OpenData:DumpDirectory under the content root), for the scheduler and the pages.</summary>
public sealed record OpenDumpFolderPath(string Value);
