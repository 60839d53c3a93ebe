using Aiguillage.Catalogue;

namespace Aiguillage.Web;

/// <summary>
/// Builds the first snapshot before the site answers, then polls the stamp and the day in the background. Several instances
/// on one PostgreSQL each poll the same stamp row, so a write through one shows through the others without a bus.
/// </summary>
internal sealed class CatalogueRefresher(CatalogueProvider provider, CatalogueOptions options, ILogger<CatalogueRefresher> log) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await provider.RefreshAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A database not yet migrated or out of reach: the site starts anyway, says so in its log and on
            // /health/ready, and the loop below builds the catalogue as soon as the database answers.
            log.LogError(e, "Le catalogue n'a pas pu être construit au démarrage ; nouvel essai toutes les {Interval}.", options.PollInterval);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await provider.RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The previous snapshot keeps serving; the next tick tries again.
                log.LogError(e, "Le catalogue n'a pas pu être reconstruit ; l'instantané précédent reste servi.");
            }
        }
    }
}
