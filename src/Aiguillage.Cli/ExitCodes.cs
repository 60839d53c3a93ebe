namespace Aiguillage.Cli;

/// <summary>The exit codes scripts rely on; they predate System.CommandLine and are kept as they were.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>No command given (the help is shown), or an import refused for invalid data.</summary>
    public const int Refused = 1;

    /// <summary>Unknown command, missing or invalid argument, invalid setting.</summary>
    public const int Usage = 2;

    public const int TerritoryDataMissing = 3;

    public const int DatabaseFailure = 4;
}
