using System.CommandLine;
using Aiguillage.Referrals;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Aiguillage.Cli.Commands;

/// <summary>Runs the deadlines of the mises en relation now, as the site does every hour: reminders, expiry, anonymisation.</summary>
internal sealed class ReferralsDueCommand : UseCaseCommand
{
    public ReferralsDueCommand()
        : base("due", "envoie les rappels dus, fait expirer les demandes sans réponse et anonymise celles dont la durée de conservation est passée")
    {
    }

    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        var counts = await services.GetRequiredService<RunReferralDeadlines>().HandleAsync(cancellationToken);
        console.Out.WriteLine($"Mises en relation : {counts.Reminded} rappel(s) mis en file, {counts.Expired} demande(s) expirée(s), {counts.Anonymised} demande(s) et {counts.MailsAnonymised} courriel(s) anonymisés.");
        return ExitCodes.Success;
    }
}
