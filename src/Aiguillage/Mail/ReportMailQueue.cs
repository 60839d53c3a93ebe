using Aiguillage.Data;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Mail;

/// <summary>A mail that failed at least once, with what the server said.</summary>
public sealed record MailError(long Id, string Kind, int Attempts, bool Abandoned, DateTime NextAttemptAtUtc, string Error);

/// <summary>The state of the queue: waiting (never tried), sent, failed and waiting for another attempt, abandoned.</summary>
public sealed record MailQueueReport(int Pending, int Sent, int FailedWaiting, int Abandoned, IReadOnlyList<MailError> LastErrors);

/// <summary>Counts the queue for the administrators (`aiguillage mail status`).</summary>
public sealed class ReportMailQueue(AppDbContext db)
{
    public async Task<MailQueueReport> HandleAsync(int errors = 10, CancellationToken cancellationToken = default)
    {
        var counts = await db.QueuedMails
            .GroupBy(m => new { Sent = m.SentAtUtc != null, m.Abandoned, Tried = m.Attempts > 0 })
            .Select(g => new { g.Key.Sent, g.Key.Abandoned, g.Key.Tried, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var lastErrors = await db.QueuedMails
            .Where(m => m.SentAtUtc == null && m.LastError != null)
            .OrderByDescending(m => m.Id)
            .Take(errors)
            .Select(m => new MailError(m.Id, m.Kind, m.Attempts, m.Abandoned, m.NextAttemptAtUtc, m.LastError!))
            .ToListAsync(cancellationToken);
        return new(
            counts.Where(c => !c.Sent && !c.Abandoned && !c.Tried).Sum(c => c.Count),
            counts.Where(c => c.Sent).Sum(c => c.Count),
            counts.Where(c => !c.Sent && !c.Abandoned && c.Tried).Sum(c => c.Count),
            counts.Where(c => !c.Sent && c.Abandoned).Sum(c => c.Count),
            lastErrors);
    }
}
