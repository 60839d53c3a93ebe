using System.Diagnostics;
using Aiguillage.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aiguillage.Catalogue;

/// <summary>What a feature derives from each new snapshot before it is published (its search index, its scores).</summary>
public interface ICataloguePreparation
{
    void Prepare(CatalogueSnapshot snapshot);
}

/// <summary>The day of the catalogue: offers end at midnight in France, whatever the server's time zone.</summary>
public static class CatalogueClock
{
    public static readonly TimeZoneInfo Paris = FindParis();

    /// <summary>A UTC instant as Paris wall-clock time.</summary>
    public static DateTime ToParis(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Paris);

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Paris).DateTime);

    private static TimeZoneInfo FindParis()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (TimeZoneNotFoundException)
        {
            // A container without tzdata: Central European time with the EU summer rule is what Paris observes.
            return TimeZoneInfo.CreateCustomTimeZone(
                "Europe/Paris", TimeSpan.FromHours(1), "Europe/Paris", "CET", "CEST",
                [TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                    DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1),
                    TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday),
                    TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday))]);
        }
    }
}

/// <summary>
/// Holds the current snapshot for the whole process. Requests read <see cref="GetAsync"/>, which returns the snapshot in
/// hand at once; only the very first call of a process without a refresher builds it. <see cref="RefreshAsync"/>, run by
/// the web host's catalogue refresher in the background, reads the stamp (one row) and the day, and when either changed
/// builds the next snapshot, prepares what features derive from it, then swaps it in: no request waits for a rebuild.
/// </summary>
public sealed class CatalogueProvider(
    IServiceScopeFactory scopes, TimeProvider clock, IEnumerable<ICataloguePreparation> preparations, ILogger<CatalogueProvider> log) : IDisposable
{
    private readonly SemaphoreSlim _build = new(1, 1);
    private CatalogueSnapshot? _current;

    public async ValueTask<CatalogueSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _current) is { } current)
        {
            return current;
        }

        await RefreshAsync(cancellationToken);
        return Volatile.Read(ref _current)!;
    }

    /// <summary>Builds and publishes a new snapshot when the stamp or the day changed; true when it did.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _build.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var today = CatalogueClock.Today(clock);
            var current = Volatile.Read(ref _current);
            if (current is not null && current.Day == today && current.Stamp == await StampAsync(db, cancellationToken))
            {
                return false;
            }

            var watch = Stopwatch.StartNew();
            var rows = await CatalogueBuilder.ReadAsync(db, cancellationToken, current?.Territories);
            var next = CatalogueBuilder.Build(rows, today);
            foreach (var preparation in preparations)
            {
                preparation.Prepare(next);
            }

            Volatile.Write(ref _current, next);
            log.LogInformation(
                "Catalogue {Stamp} du {Day} : {Offers} offres visibles, {Structures} structures, prêt en {Elapsed} ms",
                next.Stamp, next.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), next.Offers.Count, next.Structures.Count, watch.ElapsedMilliseconds);
            return true;
        }
        finally
        {
            _build.Release();
        }
    }

    private static async Task<string> StampAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.CatalogVersions.AsNoTracking().Where(v => v.Id == CatalogVersion.SingletonId).Select(v => v.Stamp).FirstOrDefaultAsync(cancellationToken) ?? "";

    public void Dispose() => _build.Dispose();
}

/// <summary>Settings of the catalogue refresher: how often each instance reads the stamp.</summary>
public sealed class CatalogueOptions
{
    public const string Section = "Catalogue";

    /// <summary>How often the stamp is read; a write shows on every surface of every instance within this plus a build.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);
}
