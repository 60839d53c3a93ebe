using System.CommandLine;
using Aiguillage.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Aiguillage.Cli.Commands;

/// <summary>Where a command writes: results on <see cref="Out"/> (Spectre.Console, for tables and progress), problems on <see cref="Error"/>.</summary>
internal sealed record CliConsole(IAnsiConsole Out, TextWriter Error)
{
    /// <summary>The text under <see cref="Out"/>, for what System.CommandLine writes (help, version, completions).</summary>
    public TextWriter Writer => Out.Profile.Out.Writer;
}

/// <summary>
/// A command that runs use cases of the library with the services of a fresh scope, and returns an exit code
/// (<see cref="ExitCodes"/>). A new command is one such class, added to the tree in <see cref="CliApplication"/>.
/// </summary>
internal abstract class UseCaseCommand(string name, string description) : Command(name, description)
{
    public abstract Task<int> RunAsync(ParseResult parse, IServiceProvider services, CliConsole console, CancellationToken cancellationToken);

    /// <summary>Commands that write bring the database to the current model first, as they always did.</summary>
    protected static Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<AppDbContext>().Database.MigrateAsync(cancellationToken);

    /// <summary>
    /// Makes sure the database holds a signing key (data protection, ADR 018) before any instance of the site starts, so that
    /// instances started together find the same key instead of each creating its own.
    /// </summary>
    protected static void EnsureSigningKey(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Aiguillage.Deploy").Protect([1]);
}
