using System.Security.Cryptography;
using Aiguillage.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Aiguillage.Mail;

/// <summary>What one pass of the sender did.</summary>
public sealed record MailSendReport(int Claimed, int Sent, int Failed, int Abandoned);

/// <summary>
/// One pass of the sender: claims the mails that are due, sends them over one connection, records each result (ADR 010).
/// The claim is one conditional UPDATE that only takes rows still free, stamped with a time no other sender uses, so two
/// instances of the site on one PostgreSQL never send the same mail. A mail server that does not answer loses nothing:
/// each mail records the error and waits for its next attempt. Nothing here runs inside a user's request.
/// </summary>
public sealed class SendQueuedMails(AppDbContext db, IMailTransport transport, MailOptions options, TimeProvider time, ILogger<SendQueuedMails>? log = null)
{
    /// <summary>How long a claim holds. A sender stops taking mails from its batch well before, so a claim never runs out mid-send.</summary>
    public static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(5);

    private readonly ILogger _log = log ?? NullLogger<SendQueuedMails>.Instance;

    public async Task<MailSendReport> HandleAsync(CancellationToken cancellationToken = default)
    {
        var mails = await ClaimAsync(cancellationToken);
        if (mails.Count == 0)
        {
            return new(0, 0, 0, 0);
        }

        int sent = 0, failed = 0, abandoned = 0;
        var claimEnds = mails[0].ClaimedUntilUtc!.Value - 2 * SmtpMailTransport.CommandTimeout;
        IMailSession? session = null;
        string? openError = null;
        try
        {
            try
            {
                session = await transport.OpenAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                openError = Describe(e);
                _log.LogWarning(e, "Serveur de courriel injoignable ; {Count} courriels attendront leur prochain essai.", mails.Count);
            }

            foreach (var mail in mails)
            {
                if (Now() >= claimEnds)
                {
                    // The rest of the batch is left to its claim, which ends soon; the next pass takes it.
                    break;
                }

                var error = openError ?? await SendAsync(session!, mail, cancellationToken);
                if (error is null)
                {
                    mail.MarkSent(Now());
                    sent++;
                }
                else
                {
                    mail.MarkFailed(Now(), error, options.MaxAttempts);
                    failed++;
                    if (mail.Abandoned)
                    {
                        abandoned++;
                        _log.LogError("Courriel {Id} ({Kind}) abandonné après {Attempts} essais : {Error}", mail.Id, mail.Kind, mail.Attempts, error);
                    }
                }

                // Each result is saved at once: a sender that stops never sends again a mail it already sent.
                await db.SaveChangesAsync(CancellationToken.None);
            }
        }
        finally
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }
        }

        return new(mails.Count, sent, failed, abandoned);
    }

    private async Task<string?> SendAsync(IMailSession session, QueuedMail mail, CancellationToken cancellationToken)
    {
        try
        {
            await session.SendAsync(QueuedMailMessage.Build(mail, options), cancellationToken);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _log.LogWarning(e, "Échec de l'envoi du courriel {Id} ({Kind}), essai {Attempt}.", mail.Id, mail.Kind, mail.Attempts + 1);
            return Describe(e);
        }
    }

    private async Task<List<QueuedMail>> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = Now();
        var candidates = await db.QueuedMails.AsNoTracking()
            .Where(m => m.SentAtUtc == null && !m.Abandoned && m.NextAttemptAtUtc <= now && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        // The stamp is this pass's own (whole microseconds, as PostgreSQL stores them, plus a random part), so the rows
        // read back below are exactly the ones this UPDATE took. The conditions are repeated in the UPDATE: PostgreSQL
        // checks them again on a row another sender has just claimed, and SQLite runs one writer at a time.
        var stamp = now + ClaimDuration + TimeSpan.FromMicroseconds(RandomNumberGenerator.GetInt32(1_000_000));
        stamp = new DateTime(stamp.Ticks - stamp.Ticks % 10, DateTimeKind.Utc);
        var claimed = await db.QueuedMails
            .Where(m => candidates.Contains(m.Id) && m.SentAtUtc == null && !m.Abandoned && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntilUtc, stamp), cancellationToken);
        if (claimed == 0)
        {
            return [];
        }

        var mails = await db.QueuedMails
            .Where(m => candidates.Contains(m.Id) && m.ClaimedUntilUtc == stamp)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);
        if (mails.Count != claimed)
        {
            // Another sender chose the same stamp (a chance in millions): neither sends, both claims run out, nothing is doubled.
            _log.LogWarning("Réservation de courriels ambiguë ({Read} lus pour {Claimed} réservés) ; nouvel essai après {Duration}.", mails.Count, claimed, ClaimDuration);
            return [];
        }

        return mails;
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    private static string Describe(Exception e) => $"{e.GetType().Name} : {e.Message}";
}
