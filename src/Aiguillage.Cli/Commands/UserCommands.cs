using System.CommandLine;
using Aiguillage.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Aiguillage.Cli.Commands;

/// <summary>
/// users add-admin / add-moderator / add-member: creates the account if needed, gives the role and its scope, and prints
/// the one-time link that lets the person choose a password (also sent by mail).
/// </summary>
internal sealed class AddUserCommand : UseCaseCommand
{
    private readonly string _role;

    private readonly Argument<string> _email = new("COURRIEL") { Description = "l'adresse électronique de la personne" };

    private readonly Option<string> _territory = new("--territoire") { Description = "le territoire modéré : pays:FR, region:CODE ou departement:CODE", Required = true };

    private readonly Option<int> _structure = new("--structure") { Description = "le numéro de la structure", Required = true };

    private AddUserCommand(string name, string description, string role)
        : base(name, description)
    {
        _role = role;
        Add(_email);
        if (role == Roles.Moderator)
        {
            Add(_territory);
        }

        if (role == Roles.Member)
        {
            Add(_structure);
        }
    }

    public static AddUserCommand Admin() => new("add-admin", "crée un compte d'administration (ou donne ce rôle à un compte existant)", Roles.Administrator);

    public static AddUserCommand Moderator() => new("add-moderator", "crée un compte de modération pour un territoire (--territoire region:75)", Roles.Moderator);

    public static AddUserCommand Member() => new("add-member", "rattache un compte à une structure (--structure 12)", Roles.Member);

    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        await MigrateAsync(services, cancellationToken);
        var grant = new AccountGrant(
            parse.GetRequiredValue(_email),
            _role,
            _role == Roles.Moderator ? parse.GetValue(_territory) : null,
            _role == Roles.Member ? parse.GetValue(_structure) : null);
        var result = await services.GetRequiredService<ManageAccounts>().GrantAsync(grant, cancellationToken);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                await console.Error.WriteLineAsync(error);
            }

            return ExitCodes.Refused;
        }

        console.Out.WriteLine(result.Created ? $"Compte créé pour {grant.Email} ({_role})." : $"Rôle {_role} donné au compte {grant.Email}.");
        if (result.PasswordLink is not null)
        {
            console.Out.WriteLine("Lien à usage unique pour choisir le mot de passe (aussi envoyé par courriel, valable 24 heures) :");
            console.Out.WriteLine(result.PasswordLink, Style.Plain);
        }

        return ExitCodes.Success;
    }
}
