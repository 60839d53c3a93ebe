using Aiguillage.Cli;
using Spectre.Console;

// A thin command line over the library's use cases; the commands are listed in CliApplication (ADR 007).
return await CliApplication.RunAsync(args, AnsiConsole.Console, Console.Error);

/// <summary>The command line's entry point; internal, so that test projects referencing both the site and the CLI see one Program (the site's).</summary>
internal partial class Program;
