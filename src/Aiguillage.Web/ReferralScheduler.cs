using Aiguillage.Referrals;

namespace Aiguillage.Web;

/// <summary>Runs the deadlines of the mises en relation (reminders, expiry, anonymisation) and the reminders to confirm offers every Referrals:SchedulePeriod (1 hour).</summary>
internal sealed class ReferralScheduler(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ReferralScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = configuration.GetValue("Referrals:SchedulePeriod", TimeSpan.FromHours(1));
        using var timer = new PeriodicTimer(period);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var counts = await scope.ServiceProvider.GetRequiredService<RunReferralDeadlines>().HandleAsync(stoppingToken);
                if (counts.Reminded + counts.Expired + counts.Anonymised + counts.MailsAnonymised > 0)
                {
                    logger.LogInformation("Mises en relation : {Reminded} rappel(s), {Expired} expirée(s), {Anonymised} anonymisée(s), {Mails} courriel(s) anonymisé(s)", counts.Reminded, counts.Expired, counts.Anonymised, counts.MailsAnonymised);
                }

                var structures = await scope.ServiceProvider.GetRequiredService<Editing.RemindVerifications>().HandleAsync(stoppingToken);
                if (structures > 0)
                {
                    logger.LogInformation("Fiches : {Structures} structure(s) relancée(s) pour des offres à confirmer", structures);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Échec des échéances des mises en relation ; nouvel essai à la prochaine période");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
