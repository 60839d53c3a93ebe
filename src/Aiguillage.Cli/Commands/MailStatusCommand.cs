using System.CommandLine;
using System.Globalization;
using Aiguillage.Mail;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Aiguillage.Cli.Commands;

/// <summary>The state of the mail queue for an administrator: counts, then the last errors.</summary>
internal sealed class MailStatusCommand() : UseCaseCommand("status", "l'état de la file des courriels : en attente, envoyés, en échec, abandonnés, et les dernières erreurs")
{
    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        await MigrateAsync(services, cancellationToken);
        var report = await services.GetRequiredService<ReportMailQueue>().HandleAsync(10, cancellationToken);
        var output = console.Out;
        var counts = new Table().AddColumn("Courriels").AddColumn(new TableColumn("nombre").RightAligned())
            .AddRow("en attente", N(report.Pending))
            .AddRow("envoyés", N(report.Sent))
            .AddRow("en échec, nouvel essai prévu", N(report.FailedWaiting))
            .AddRow("abandonnés", N(report.Abandoned));
        output.Write(counts);
        if (report.LastErrors.Count == 0)
        {
            output.WriteLine("Aucune erreur en cours.");
            return ExitCodes.Success;
        }

        var errors = new Table { Title = new TableTitle("Dernières erreurs") }
            .AddColumn("n°").AddColumn("modèle").AddColumn("essais").AddColumn("prochain essai (UTC)").AddColumn("erreur");
        foreach (var error in report.LastErrors)
        {
            errors.AddRow(
                N((int)error.Id),
                Markup.Escape(error.Kind),
                N(error.Attempts),
                error.Abandoned ? "abandonné" : error.NextAttemptAtUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                Markup.Escape(error.Error));
        }

        output.Write(errors);
        return ExitCodes.Success;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
