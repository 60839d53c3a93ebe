using System.CommandLine;
using System.Text;
using Aiguillage.Offers;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.Cli.Commands;

internal sealed class ImportOffersCommand : UseCaseCommand
{
    private readonly Argument<FileInfo> _file = new("FICHIER") { Description = "le fichier CSV des offres" };

    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "valide et compte sans rien écrire" };

    public ImportOffersCommand()
        : base("import", "importe des offres au format CSV documenté (docs/format-csv-offres.md) ; tout ou rien")
    {
        _file.AcceptExistingOnly();
        Add(_file);
        Add(_dryRun);
    }

    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        var dryRun = parse.GetValue(_dryRun);
        await MigrateAsync(services, cancellationToken);
        using var reader = new StreamReader(parse.GetRequiredValue(_file).FullName, Encoding.UTF8);
        var report = await services.GetRequiredService<ImportOffers>().HandleAsync(reader, dryRun, cancellationToken);
        return await OfferImportSummary.ConcludeAsync(console, report, dryRun);
    }
}
