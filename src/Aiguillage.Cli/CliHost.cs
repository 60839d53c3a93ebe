using Aiguillage.Accounts;
using Aiguillage.Data;
using Aiguillage.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Aiguillage.Cli;

/// <summary>A setting given on the command line or in the environment has a value the program cannot use.</summary>
internal sealed class InvalidSettingException(string message) : Exception(message);

/// <summary>
/// The settings of the command line and the host built from them. Configuration: appsettings.json beside the program,
/// then environment variables (Database__Provider, ConnectionStrings__Aiguillage), then --Section:Key=value arguments.
/// A relative SQLite path is taken from the current folder: run it from the repository root to share the site's database.
/// </summary>
internal static class CliHost
{
    public const string SettingsHelp = """
        Réglages (après ou avant la commande ; aussi dans appsettings.json ou les variables d'environnement
        Database__Provider et ConnectionStrings__Aiguillage) :
          --Database:Provider=Sqlite|Postgres      la base de données (Sqlite par défaut)
          --ConnectionStrings:Aiguillage="…"       sa chaîne de connexion
          --Mail:Mode=fichiers|smtp --Mail:Host=… --Mail:Port=587 --Mail:Security=aucune|starttls|ssl|auto
                                                   l'envoi des courriels (mot de passe : variable Mail__Password)
        """;

    /// <summary>
    /// Separates the configuration settings (--Section:Key=value, the .NET convention) from the command's own arguments:
    /// System.CommandLine would read "--Database:Provider=Postgres" as the option "--Database" with the value "Provider=Postgres".
    /// </summary>
    public static (string[] Settings, string[] Arguments) Split(IEnumerable<string> args)
    {
        var parts = args.ToLookup(IsSetting);
        return (parts[true].ToArray(), parts[false].ToArray());
    }

    private static bool IsSetting(string arg) =>
        arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf(':', StringComparison.Ordinal) is > 2 and var colon
        && arg.IndexOf('=', StringComparison.Ordinal) > colon;

    public static IHost Build(string[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = settings,
            ContentRootPath = System.IO.Directory.GetCurrentDirectory(),
        });
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine(settings);
        builder.Services.AddAiguillageDatabase(
            Provider(builder.Configuration),
            builder.Configuration.GetConnectionString(DatabaseRegistration.ConnectionStringName),
            System.IO.Directory.GetCurrentDirectory());
        builder.Services.AddAiguillageUseCases();
        var referrals = Referrals.ReferralOptions.Read(builder.Configuration);
        if (referrals.Problems() is { Count: > 0 } problems)
        {
            throw new InvalidSettingException(string.Join(" ", problems));
        }

        builder.Services.AddSingleton(referrals);
        builder.Services.AddAiguillageAccounts();
        builder.Services.AddAiguillageMail(
            builder.Configuration.GetSection(MailOptions.Section).Get<MailOptions>() ?? new MailOptions(),
            System.IO.Directory.GetCurrentDirectory());
        return builder.Build();
    }

    /// <summary>Read by hand rather than bound, so that a wrong value gets a French message instead of the binder's exception.</summary>
    private static DatabaseProvider Provider(ConfigurationManager configuration)
    {
        var key = $"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}";
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return new DatabaseOptions().Provider;
        }

        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider) && !char.IsAsciiDigit(value[0])
            ? provider
            : throw new InvalidSettingException($"{key} vaut « {value} » ; valeurs possibles : {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
    }
}
