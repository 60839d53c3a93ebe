using System.CommandLine;
using System.Globalization;
using Aiguillage.Quality;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Aiguillage.Cli.Commands;

/// <summary>The data report of the catalogue (issue 10): counts, gaps by département, age of sources, duplicates.</summary>
internal sealed class DataReportCommand : UseCaseCommand
{
    private readonly Option<bool> _details = new("--details") { Description = "détaille chaque département (réseaux et étapes manquants)" };

    public DataReportCommand()
        : base("report", "le rapport sur les données : comptes par famille et territoire, manques par département, âge des sources, doublons")
    {
        Options.Add(_details);
    }

    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        var report = await services.GetRequiredService<ReportData>().HandleAsync(cancellationToken);
        var output = console.Out;
        output.WriteLine($"Catalogue du {report.Day:yyyy-MM-dd} : {N(report.Structures)} structures, {N(report.Offers)} offres visibles, {N(report.Dispositifs)} dispositifs.");

        output.Write(Table("Structures par famille", report.StructuresByKind));
        output.Write(Table("Départements sans… (sur " + N(report.Departements.Count) + ")", report.MissingByNetwork));
        output.WriteLine($"DLA : opérateur nommé dans {N(report.DlaOperatorsNamed)} départements ; « opérateur à confirmer » ailleurs.");
        output.Write(Table("Départements sans offre locale pour le besoin", report.NeedsWithoutLocalOffer));
        output.Write(Table("Âge des sources des offres", report.SourceAges));
        output.Write(Table("Offres régionales ou locales par région", report.OffersByRegion));
        var withoutLocal = report.Departements.Where(d => d.StagesWithoutLocalOffer.Count > 0).ToList();
        output.WriteLine($"Départements avec une étape sans offre locale : {N(withoutLocal.Count)} ; sans offre non nationale : {N(report.Departements.Count(d => d.StagesWithoutNonNationalOffer.Count > 0))}.");
        output.WriteLine($"Structures placées par leur commune : {N(report.StructuresPlacedByCommune)} ; au centre du territoire servi (approximatif) : {N(report.StructuresPlacedApproximately)} ; avec site ou contact public : {N(report.StructuresWithWebsiteOrContact)}.");
        output.WriteLine($"Offres sans aucun moyen de contact : {N(report.OffersWithoutContact)} ; structures sans site ni contact : {N(report.StructuresWithoutWebsiteOrContact)}.");
        output.WriteLine($"Doublons possibles : {N(report.Duplicates.Count)}.");
        foreach (var duplicate in report.Duplicates)
        {
            output.WriteLine($"  {duplicate.Reason} : {string.Join(" / ", duplicate.Names)}");
        }

        if (parse.GetValue(_details))
        {
            var table = new Table().AddColumn("Département").AddColumn("Offres").AddColumn("Locales").AddColumn("Réseaux absents").AddColumn("Étapes sans offre locale");
            foreach (var d in report.Departements)
            {
                table.AddRow(Markup.Escape($"{d.Name} ({d.Code})"), N(d.OffersAvailable), N(d.LocalOffers), Markup.Escape(string.Join(", ", d.MissingNetworks)), Markup.Escape(string.Join(", ", d.StagesWithoutLocalOffer)));
            }

            output.Write(table);
        }

        return ExitCodes.Success;
    }

    private static Table Table(string title, IEnumerable<Count> counts)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape(title)) }.AddColumn("").AddColumn(new TableColumn("nombre").RightAligned());
        foreach (var count in counts)
        {
            table.AddRow(Markup.Escape(count.Label), N(count.Value));
        }

        return table;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
