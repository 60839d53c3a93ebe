using System.CommandLine;
using System.Text;
using Aiguillage.Offers;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

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
        if (!report.Succeeded)
        {
            // One problem a line, "ligne N, colonne X : …", for a person to fix and a script to read.
            await console.Error.WriteLineAsync($"{report.Errors.Count} erreur(s) : rien n'a été importé.");
            foreach (var error in report.Errors)
            {
                await console.Error.WriteLineAsync(error.ToString());
            }

            return ExitCodes.Refused;
        }

        if (dryRun)
        {
            console.Out.WriteLine("Vérification seule, rien n'a été écrit.");
        }

        OfferImportSummary.Write(console.Out, report);
        return ExitCodes.Success;
    }
}
