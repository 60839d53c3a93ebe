using Aiguillage.Data;
using Aiguillage.Orientation;

namespace Aiguillage.Web;

/// <summary>Writes the waiting orientation requests in batches, and what is left when the site stops.</summary>
internal sealed class DemandWriter(DemandQueue queue, IServiceScopeFactory scopes, ILogger<DemandWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await queue.WaitAsync(stoppingToken))
            {
                await FlushAsync(CancellationToken.None);
                await Task.Delay(TimeSpan.FromMilliseconds(200), stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // stopping: fall through to the last flush.
        }

        await FlushAsync(CancellationToken.None);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            while (await queue.FlushAsync(db, cancellationToken) > 0)
            {
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The demand signal is statistics: a failed write is logged, never shown to the person who asked.
            logger.LogError(e, "Échec de l'enregistrement des demandes d'orientation");
        }
    }
}
