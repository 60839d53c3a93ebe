using System.CommandLine;
using System.Globalization;
using Aiguillage.Mail;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Aiguillage.Cli.Commands;

/// <summary>Sends now what is due, batch after batch, as the site's background sender does (ADR 010).</summary>
internal sealed class MailSendCommand() : UseCaseCommand("send", "envoie maintenant les courriels en file qui sont dus, et en donne les comptes")
{
    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        await MigrateAsync(services, cancellationToken);
        var batch = services.GetRequiredService<MailOptions>().BatchSize;
        int claimed = 0, sent = 0, failed = 0, abandoned = 0;
        MailSendReport report;
        do
        {
            // Each batch in a fresh scope, so that the mails of one batch are not kept in memory for the next.
            await using var scope = services.CreateAsyncScope();
            report = await scope.ServiceProvider.GetRequiredService<SendQueuedMails>().HandleAsync(cancellationToken);
            claimed += report.Claimed;
            sent += report.Sent;
            failed += report.Failed;
            abandoned += report.Abandoned;
        }
        while (report.Sent == batch);

        console.Out.WriteLine($"Courriels dus : {N(claimed)} ; envoyés : {N(sent)} ; en échec (nouvel essai plus tard) : {N(failed - abandoned)} ; abandonnés : {N(abandoned)}.");
        return failed > 0 ? ExitCodes.Refused : ExitCodes.Success;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
