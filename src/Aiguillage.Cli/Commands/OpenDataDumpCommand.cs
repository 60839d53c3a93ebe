using System.CommandLine;
using System.Globalization;
using Aiguillage.OpenData;
using Aiguillage.Referrals;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Aiguillage.Cli.Commands;

/// <summary>The open dump of the published catalogue (issue 13, item 4; ADR 019), as the site writes it every night.</summary>
internal sealed class OpenDataDumpCommand : UseCaseCommand
{
    private readonly Option<DirectoryInfo?> _folder = new("--dossier")
    {
        Description = "le dossier des décharges (par défaut OpenData:DumpDirectory, celui que sert le site) ; chaque décharge y prend un sous-dossier daté",
    };

    public OpenDataDumpCommand()
        : base("dump", "publie le catalogue en CSV (réimportable), JSON data·inclusion et GeoJSON, avec metadata.json, sous Licence Ouverte 2.0")
    {
        Add(_folder);
    }

    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        var configured = services.GetRequiredService<IConfiguration>().GetSection(OpenDumpOptions.Section).Get<OpenDumpOptions>() ?? new OpenDumpOptions();
        var root = parse.GetValue(_folder)?.FullName ?? Path.GetFullPath(configured.DumpDirectory);
        var site = services.GetRequiredService<ReferralOptions>().PublicBaseUrl;
        var dump = await services.GetRequiredService<WriteOpenDump>().HandleAsync(root, site, cancellationToken);
        var manifest = dump.Manifest;
        console.Out.WriteLine($"Décharge du catalogue du {manifest.CatalogueDay:yyyy-MM-dd} écrite dans {dump.Path} ({manifest.Licence.Name}) :");
        var table = new Table().AddColumn("Fichier").AddColumn(new TableColumn("Enregistrements").RightAligned()).AddColumn(new TableColumn("Octets").RightAligned()).AddColumn("SHA-256");
        foreach (var file in manifest.Files)
        {
            table.AddRow(Markup.Escape(file.Name), N(file.Records), file.Bytes.ToString(CultureInfo.InvariantCulture), file.Sha256);
        }

        console.Out.Write(table);
        console.Out.WriteLine($"{N(manifest.Counts.Offers)} offres, {N(manifest.Counts.Structures)} structures ; data·inclusion : {N(manifest.Counts.DataInclusionServices)} services, {N(manifest.Counts.DataInclusionStructures)} structures (les fiches sans date n'y sont pas).");
        return ExitCodes.Success;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
