using System.CommandLine;
using System.Globalization;
using Aiguillage.Territories;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Aiguillage.Cli.Commands;

internal sealed class ImportTerritoriesCommand : UseCaseCommand
{
    private readonly Option<string> _data = TerritoryDataOption.Create();

    public ImportTerritoriesCommand()
        : base("import", $"importe les territoires officiels ({ImportTerritories.PackageName})") => Add(_data);

    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        await MigrateAsync(services, cancellationToken);
        var import = services.GetRequiredService<ImportTerritories>();
        var directory = TerritoryDataOption.Directory(parse, _data);
        var report = await TerritoryImportProgressView.ShowAsync(console.Out, progress => import.HandleAsync(directory, progress, cancellationToken));

        console.Out.WriteLine(
            $"Territoires importés depuis {ImportTerritories.PackageName} {report.PackageVersion} " +
            $"en {report.Duration.TotalSeconds.ToString("0.0", CliApplication.French)} s :");
        var table = new Table()
            .AddColumn("Territoires")
            .AddColumn(new TableColumn("Nombre").RightAligned());
        foreach (var (label, count) in new (string, int)[]
        {
            ("régions", report.Regions),
            ("départements", report.Departements),
            ("EPCI", report.Epcis),
            ("communes", report.Communes),
            ("codes postaux", report.PostalCodes),
            ("codes rattachés (arrondissements, communes déléguées…)", report.Aliases),
        })
        {
            table.AddRow(new Text(label), new Text(count.ToString(CultureInfo.InvariantCulture)));
        }

        console.Out.Write(table);
        return ExitCodes.Success;
    }
}
