using System.CommandLine;
using Aiguillage.Seed;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.Cli.Commands;

internal sealed class SeedCommand() : UseCaseCommand("seed", "charge les données d'amorce (structures et offres réelles ; mise à jour idempotente)")
{
    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        await MigrateAsync(services, cancellationToken);
        var report = await services.GetRequiredService<SeedDatabase>().HandleAsync(cancellationToken);
        OfferImportSummary.Write(console.Out, report);
        return ExitCodes.Success;
    }
}
