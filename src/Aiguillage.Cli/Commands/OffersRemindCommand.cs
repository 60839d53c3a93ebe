using System.CommandLine;
using Aiguillage.Editing;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Aiguillage.Cli.Commands;

/// <summary>aiguillage offers remind: the reminders to confirm offers, as the site's scheduler sends them.</summary>
internal sealed class OffersRemindCommand : UseCaseCommand
{
    public OffersRemindCommand()
        : base("remind", "met en file les rappels aux membres dont des offres sont à confirmer selon la fréquence choisie")
    {
    }

    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        var reminded = await services.GetRequiredService<RemindVerifications>().HandleAsync(cancellationToken);
        console.Out.WriteLine($"Fiches : {reminded} structure(s) relancée(s) pour des offres à confirmer.");
        return ExitCodes.Success;
    }
}
