using Aiguillage.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.IntegrationTests;

/// <summary>
/// The job leases (ADR 018) on each database: one holder at a time, renewal by the holder, hand-over on release or expiry,
/// and one winner among instances asking at the same moment. Each test uses a job name of its own.
/// </summary>
public abstract class LeaseTests(TestDatabase database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
    private readonly string _job = "essai-" + Guid.NewGuid().ToString("N")[..8];
    private readonly LeaseHolder _a = LeaseHolder.New();
    private readonly LeaseHolder _b = LeaseHolder.New();

    private async Task<T> WithLeasesAsync<T>(Func<JobLeases, Task<T>> act)
    {
        await using var scope = database.Scope();
        return await act(new JobLeases(scope.ServiceProvider.GetRequiredService<AppDbContext>(), _clock));
    }

    private Task<bool> TakeAsync(LeaseHolder holder, int seconds = 60) =>
        WithLeasesAsync(l => l.TryTakeAsync(_job, holder, TimeSpan.FromSeconds(seconds), Ct));

    [Fact]
    public async Task A_free_lease_is_taken_and_another_instance_is_refused_while_it_lasts()
    {
        database.SkipIfUnavailable();

        Assert.True(await TakeAsync(_a));
        Assert.False(await TakeAsync(_b));
        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.False(await TakeAsync(_b));
        Assert.Equal(_a.Name, await WithLeasesAsync(l => l.HolderAsync(_job, Ct)));
    }

    [Fact]
    public async Task The_holder_renews_its_lease_and_keeps_the_job_past_the_first_term()
    {
        database.SkipIfUnavailable();

        Assert.True(await TakeAsync(_a));
        _clock.Advance(TimeSpan.FromSeconds(50));
        Assert.True(await TakeAsync(_a));
        _clock.Advance(TimeSpan.FromSeconds(50));

        Assert.False(await TakeAsync(_b));
        Assert.Equal(_a.Name, await WithLeasesAsync(l => l.HolderAsync(_job, Ct)));
    }

    [Fact]
    public async Task An_expired_lease_goes_to_the_next_instance_that_asks()
    {
        database.SkipIfUnavailable();

        Assert.True(await TakeAsync(_a));
        _clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Null(await WithLeasesAsync(l => l.HolderAsync(_job, Ct)));

        Assert.True(await TakeAsync(_b));
        Assert.False(await TakeAsync(_a));
        Assert.Equal(_b.Name, await WithLeasesAsync(l => l.HolderAsync(_job, Ct)));
    }

    [Fact]
    public async Task A_released_lease_goes_to_another_instance_at_once_and_only_its_holder_can_release_it()
    {
        database.SkipIfUnavailable();

        Assert.True(await TakeAsync(_a));
        await WithLeasesAsync(async l => { await l.ReleaseAsync(_job, _b, Ct); return 0; });
        Assert.False(await TakeAsync(_b));

        await WithLeasesAsync(async l => { await l.ReleaseAsync(_job, _a, Ct); return 0; });
        Assert.True(await TakeAsync(_b));
    }

    [Fact]
    public async Task Of_eight_instances_asking_at_the_same_moment_exactly_one_gets_the_lease()
    {
        database.SkipIfUnavailable();
        var holders = Enumerable.Range(0, 8).Select(_ => LeaseHolder.New()).ToList();

        var taken = await Task.WhenAll(holders.Select(h => Task.Run(() => TakeAsync(h), Ct)));

        Assert.Equal(1, taken.Count(t => t));
        Assert.Equal(holders[Array.IndexOf(taken, true)].Name, await WithLeasesAsync(l => l.HolderAsync(_job, Ct)));
    }
}

public sealed class SqliteLeaseTests(SqliteDatabase database) : LeaseTests(database);

public sealed class PostgresLeaseTests(PostgresDatabase database) : LeaseTests(database);
