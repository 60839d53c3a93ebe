namespace Aiguillage.Cli;

/// <summary>Splits the arguments into the command words, its own options, and configuration settings (--Section:Key=value).</summary>
internal static class CommandLine
{
    public static (IReadOnlyList<string> Command, IReadOnlyList<string> Options, string[] Settings) Parse(string[] args)
    {
        var command = new List<string>();
        var options = new List<string>();
        var settings = new List<string>();
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':', StringComparison.Ordinal))
            {
                settings.Add(arg);
            }
            else if (arg.StartsWith('-'))
            {
                options.Add(arg);
            }
            else
            {
                command.Add(arg);
            }
        }

        return (command, options, settings.ToArray());
    }
}
