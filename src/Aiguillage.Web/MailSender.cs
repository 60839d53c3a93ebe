using Aiguillage.Mail;

namespace Aiguillage.Web;

/// <summary>
/// Sends the queued mails every Mail:PollInterval, batch after batch while there are more (ADR 010). A mail server that
/// does not answer is logged and retried later; it never stops the site, and no request ever waits for it.
/// </summary>
internal sealed class MailSender(IServiceScopeFactory scopes, MailOptions options, ILogger<MailSender> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.PollInterval);
        do
        {
            try
            {
                MailSendReport report;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    report = await scope.ServiceProvider.GetRequiredService<SendQueuedMails>().HandleAsync(stoppingToken);
                    if (report.Failed > 0)
                    {
                        log.LogWarning("{Failed} courriels sur {Claimed} n'ont pas pu partir ; nouvel essai plus tard.", report.Failed, report.Claimed);
                    }
                }
                while (report.Sent == options.BatchSize && !stoppingToken.IsCancellationRequested);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be out of reach: the mails stay in the queue, the next tick tries again.
                log.LogError(e, "L'envoi des courriels en file a échoué ; nouvel essai dans {Interval}.", options.PollInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
