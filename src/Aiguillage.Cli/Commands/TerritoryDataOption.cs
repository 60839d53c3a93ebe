using System.CommandLine;
using Aiguillage.Data;

namespace Aiguillage.Cli.Commands;

/// <summary>
/// --data DIR, for the commands that read the official territory files. A folder that does not hold them is reported by
/// the import itself (exit code 3), with what to do, rather than by the parser.
/// </summary>
internal static class TerritoryDataOption
{
    public static Option<string> Create() => new("--data")
    {
        HelpName = "DIR",
        Description = "dossier des fichiers du paquet @etalab/decoupage-administratif (par défaut, ceux copiés à côté du programme)",
    };

    public static string Directory(ParseResult parse, Option<string> option) =>
        parse.GetValue(option) is { Length: > 0 } directory ? directory : InitializeDatabase.DefaultTerritoryDataDirectory;
}
