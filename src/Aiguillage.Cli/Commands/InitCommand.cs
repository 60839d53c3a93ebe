using System.CommandLine;
using Aiguillage.Data;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Aiguillage.Cli.Commands;

internal sealed class InitCommand : UseCaseCommand
{
    private readonly Option<string> _data = TerritoryDataOption.Create();

    public InitCommand()
        : base("init", "migrations + territoires + données d'amorce si la base est vide") => Add(_data);

    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        var init = await services.GetRequiredService<InitializeDatabase>().HandleAsync(TerritoryDataOption.Directory(parse, _data), cancellationToken);
        EnsureSigningKey(services);
        console.Out.WriteLine(
            $"Base prête. Territoires importés : {(init.TerritoriesImported ? "oui" : "déjà présents")} ; " +
            $"amorce chargée : {(init.SeedLoaded ? "oui" : "déjà présente")}.");
        return ExitCodes.Success;
    }
}
