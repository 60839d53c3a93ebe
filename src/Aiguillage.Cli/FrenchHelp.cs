using System.CommandLine;
using System.Globalization;

namespace Aiguillage.Cli;

/// <summary>
/// The help of a command: System.CommandLine's own, in French, followed by the settings. Version 3.0 has no public help
/// builder and its French resources leave two words in English, which are replaced here (with the no-break space
/// those resources put before a colon).
/// </summary>
internal static class FrenchHelp
{
    public static void Write(Command command, TextWriter writer)
    {
        var root = command;
        while (root.Parents.OfType<Command>().FirstOrDefault() is { } parent)
        {
            root = parent;
        }

        using var help = new StringWriter(CultureInfo.InvariantCulture);
        root.Parse([.. Path(command), "--help"]).Invoke(new InvocationConfiguration { Output = help });
        writer.Write(help.ToString()
            .Replace("Description:", "Description\u00A0:", StringComparison.Ordinal)
            .Replace("[command]", "[commande]", StringComparison.Ordinal));
        writer.WriteLine(CliHost.SettingsHelp);
    }

    /// <summary>The words that name a command, without the program's name: ["offers", "import"].</summary>
    public static IEnumerable<string> Path(Command command) =>
        command.Parents.OfType<Command>().FirstOrDefault() is { } parent ? [.. Path(parent), command.Name] : [];
}
