using Aiguillage.Referrals;

namespace Aiguillage.Web;

/// <summary>
/// Runs the deadlines of the mises en relation (reminders, expiry, anonymisation) and the reminders to confirm offers every
/// Referrals:SchedulePeriod (1 hour). Each of the two jobs runs on the instance that holds its lease (ADR 018); the
/// other instances skip it.
/// </summary>
internal sealed class ReferralScheduler(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ReferralScheduler> logger) : BackgroundService
{
    public const string DeadlinesJob = "referral-deadlines";
    public const string OfferRemindersJob = "offer-reminders";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = configuration.GetValue("Referrals:SchedulePeriod", TimeSpan.FromHours(1));
        using var timer = new PeriodicTimer(period);
        try
        {
            do
            {
                try
                {
                    await RunAsync(period, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Échec des échéances des mises en relation ; nouvel essai à la prochaine période");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        finally
        {
            await BackgroundLeases.ReleaseAsync(scopes, logger, DeadlinesJob, OfferRemindersJob);
        }
    }

    private async Task RunAsync(TimeSpan period, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.TryTakeAsync(DeadlinesJob, period, stoppingToken))
        {
            var counts = await scope.ServiceProvider.GetRequiredService<RunReferralDeadlines>().HandleAsync(stoppingToken);
            if (counts.Reminded + counts.Expired + counts.Anonymised + counts.MailsAnonymised > 0)
            {
                logger.LogInformation("Mises en relation : {Reminded} rappel(s), {Expired} expirée(s), {Anonymised} anonymisée(s), {Mails} courriel(s) anonymisé(s)", counts.Reminded, counts.Expired, counts.Anonymised, counts.MailsAnonymised);
            }
        }

        if (await scope.ServiceProvider.TryTakeAsync(OfferRemindersJob, period, stoppingToken))
        {
            var structures = await scope.ServiceProvider.GetRequiredService<Editing.RemindVerifications>().HandleAsync(stoppingToken);
            if (structures > 0)
            {
                logger.LogInformation("Fiches : {Structures} structure(s) relancée(s) pour des offres à confirmer", structures);
            }
        }
    }
}
