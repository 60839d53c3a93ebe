using System.CommandLine;
using Spectre.Console;

namespace Aiguillage.Cli.Commands;

internal sealed class MigrateCommand() : UseCaseCommand("migrate", "applique les migrations de la base de données")
{
    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        await MigrateAsync(services, cancellationToken);
        EnsureSigningKey(services);
        console.Out.WriteLine("Migrations appliquées.");
        return ExitCodes.Success;
    }
}
