using Aiguillage.Data;

namespace Aiguillage.Web;

/// <summary>The lease steps the site's once-across-instances jobs share (ADR 018): take before a run, give up when stopping.</summary>
internal static class BackgroundLeases
{
    /// <summary>
    /// How long a lease taken before a run lasts: longer than the period, so the holder renews it before it ends and keeps
    /// the job; short enough that another instance takes the job soon after the holder dies without giving it up.
    /// </summary>
    public static TimeSpan DurationFor(TimeSpan period) =>
        period + TimeSpan.FromTicks(Math.Max(period.Ticks / 2, TimeSpan.FromSeconds(30).Ticks));

    public static Task<bool> TryTakeAsync(this IServiceProvider services, string job, TimeSpan period, CancellationToken cancellationToken) =>
        services.GetRequiredService<JobLeases>().TryTakeAsync(job, services.GetRequiredService<LeaseHolder>(), DurationFor(period), cancellationToken);

    /// <summary>An instance that stops hands its jobs over at once rather than when the lease runs out; a failure here only delays that.</summary>
    public static async Task ReleaseAsync(IServiceScopeFactory scopes, ILogger log, params string[] jobs)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await using var scope = scopes.CreateAsyncScope();
            var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
            var holder = scope.ServiceProvider.GetRequiredService<LeaseHolder>();
            foreach (var job in jobs)
            {
                await leases.ReleaseAsync(job, holder, timeout.Token);
            }
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Les baux de {Jobs} n'ont pas pu être rendus ; une autre instance les prendra à leur échéance.", string.Join(", ", jobs));
        }
    }
}
