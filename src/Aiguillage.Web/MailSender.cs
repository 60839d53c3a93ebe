using Aiguillage.Mail;

namespace Aiguillage.Web;

/// <summary>
/// Sends the queued mails every Mail:PollInterval, batch after batch while there are more (ADR 010). A mail server that
/// does not answer is logged and retried later; it never stops the site, and no request ever waits for it. Among several
/// instances only the holder of the "mail-queue" lease sends (ADR 018); the per-mail claims of SendQueuedMails still
/// keep a mail from leaving twice if two senders ever overlap.
/// </summary>
internal sealed class MailSender(IServiceScopeFactory scopes, MailOptions options, ILogger<MailSender> log) : BackgroundService
{
    public const string Job = "mail-queue";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.PollInterval);
        try
        {
            do
            {
                try
                {
                    await SendWhileFullAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The database may be out of reach: the mails stay in the queue, the next tick tries again.
                    log.LogError(e, "L'envoi des courriels en file a échoué ; nouvel essai dans {Interval}.", options.PollInterval);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        finally
        {
            await BackgroundLeases.ReleaseAsync(scopes, log, Job);
        }
    }

    private async Task SendWhileFullAsync(CancellationToken stoppingToken)
    {
        MailSendReport report;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            // Renewed before each batch, so a long run of full batches keeps the lease.
            if (!await scope.ServiceProvider.TryTakeAsync(Job, options.PollInterval, stoppingToken))
            {
                return;
            }

            report = await scope.ServiceProvider.GetRequiredService<SendQueuedMails>().HandleAsync(stoppingToken);
            if (report.Failed > 0)
            {
                log.LogWarning("{Failed} courriels sur {Claimed} n'ont pas pu partir ; nouvel essai plus tard.", report.Failed, report.Claimed);
            }
        }
        while (report.Sent == options.BatchSize && !stoppingToken.IsCancellationRequested);
    }
}
