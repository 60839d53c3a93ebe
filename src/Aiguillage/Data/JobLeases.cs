using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Data;

/// <summary>The name an instance of the site holds its leases under: machine, process and a random part (two test hosts share a process).</summary>
public sealed record LeaseHolder(string Name)
{
    public static LeaseHolder New() => new($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}");
}

/// <summary>
/// Database leases for the background jobs that must run once across the instances of the site (ADR 018): before each run,
/// an instance takes or renews the job's lease; the holder runs the job, the others skip it. Taking and renewing is one
/// conditional INSERT … ON CONFLICT DO UPDATE … WHERE, which SQLite (3.24 and later) and PostgreSQL both read the same
/// way: a free, expired or already held lease is written and counts one row; a lease another holder keeps counts none.
/// PostgreSQL re-checks the WHERE on the latest row under its lock, and SQLite has one writer at a time, so two instances
/// asking together never both get it.
/// </summary>
public sealed class JobLeases(AppDbContext db, TimeProvider clock)
{
    /// <summary>True when <paramref name="holder"/> now holds the lease of <paramref name="job"/> until now + <paramref name="duration"/>.</summary>
    public async Task<bool> TryTakeAsync(string job, LeaseHolder holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + duration;
        var written = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO job_leases (name, holder, expires_at_utc) VALUES ({job}, {holder.Name}, {expires})
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at_utc = excluded.expires_at_utc
            WHERE job_leases.holder = excluded.holder OR job_leases.expires_at_utc <= {now}
            """,
            cancellationToken);
        return written == 1;
    }

    /// <summary>Gives the lease up (an instance that stops), so that another instance takes the job at its next turn.</summary>
    public Task ReleaseAsync(string job, LeaseHolder holder, CancellationToken cancellationToken = default) =>
        db.JobLeases.Where(l => l.Name == job && l.Holder == holder.Name).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Who holds the lease of <paramref name="job"/> now, if anyone (for logs and tests).</summary>
    public async Task<string?> HolderAsync(string job, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.JobLeases.AsNoTracking().Where(l => l.Name == job && l.ExpiresAtUtc > now).Select(l => l.Holder).FirstOrDefaultAsync(cancellationToken);
    }
}
