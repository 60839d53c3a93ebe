using System.CommandLine;
using Aiguillage.OpenData;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.Cli.Commands;

internal sealed class ImportDataInclusionCommand : UseCaseCommand
{
    private readonly Argument<FileInfo> _file = new("FICHIER") { Description = "le fichier JSON data·inclusion v1 : { \"structures\": [...], \"services\": [...] }" };

    private readonly Option<string> _structureKind = new("--type-structure")
    {
        Description = "le type de structure (code du référentiel) des structures du fichier, que data·inclusion ne donne pas",
        Required = true,
    };

    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "valide et compte sans rien écrire" };

    public ImportDataInclusionCommand()
        : base("import-data-inclusion", "importe les structures et services d'un fichier data·inclusion v1 (ADR 017) ; mêmes contrôles que l'import CSV, tout ou rien")
    {
        _file.AcceptExistingOnly();
        Add(_file);
        Add(_structureKind);
        Add(_dryRun);
    }

    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        var dryRun = parse.GetValue(_dryRun);
        await MigrateAsync(services, cancellationToken);
        await using var file = File.OpenRead(parse.GetRequiredValue(_file).FullName);
        var report = await services.GetRequiredService<ImportDataInclusion>().HandleAsync(file, parse.GetRequiredValue(_structureKind), dryRun, cancellationToken);
        // In the data·inclusion file, « ligne N » is the rank of the service; the message names its id and the field.
        return await OfferImportSummary.ConcludeAsync(console, report, dryRun);
    }
}
