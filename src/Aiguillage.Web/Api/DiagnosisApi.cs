using Aiguillage.Diagnosis;
using Aiguillage.Territories;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Aiguillage.Web.Api;

/// <summary>The territorial diagnosis of a région, a département or an EPCI: every indicator of the page.</summary>
internal static class DiagnosisApi
{
    private static ProblemHttpResult Problem(DiagnosisProblem problem) =>
        problem.Parameter == "code" ? ApiProblems.NotFound(problem.Message) : ApiProblems.InvalidParameter(problem.Parameter, problem.Message);

    public static void MapDiagnosisApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/diagnostics/{niveau}/{code}", async Task<Results<Ok<DiagnosticDto>, ProblemHttpResult>> (
            string niveau,
            string code,
            [FromQuery(Name = "depuis")] string? depuis,
            [FromQuery(Name = "jusqua")] string? jusqua,
            DiagnoseTerritory diagnose,
            CancellationToken cancellationToken) =>
        {
            var (diagnosis, problem) = await diagnose.HandleAsync(niveau, code, depuis, jusqua, cancellationToken);
            return diagnosis is null ? Problem(problem!) : TypedResults.Ok(DiagnosticDto.From(diagnosis));
        })
        .WithTags("Diagnostic territorial")
        .WithName("DiagnostiquerTerritoire")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithSummary("Le diagnostic d'un territoire (niveau region, departement ou epci) : matrice étape × besoin (offres locales, régionales, nationales), zones blanches et couverture rurale par étape, visibilité, demande sur la période (12 mois par défaut ; depuis, jusqua en AAAA-MM-JJ), réorientations entre structures, constats.");

        // The exports of the page: every table in one workbook, or one table as CSV.
        app.MapGet("/diagnostic/{niveau}/{code}/export.xlsx", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
            string niveau, string code, [FromQuery(Name = "depuis")] string? depuis, [FromQuery(Name = "jusqua")] string? jusqua,
            DiagnoseTerritory diagnose, CancellationToken cancellationToken) =>
        {
            var (diagnosis, problem) = await diagnose.HandleAsync(niveau, code, depuis, jusqua, cancellationToken);
            return diagnosis is null
                ? Problem(problem!)
                : TypedResults.File(DiagnosisWorkbook.Write(diagnosis), DiagnosisWorkbook.ContentType, $"diagnostic-{diagnosis.Level.ToCode()}-{diagnosis.Code}.xlsx");
        }).ExcludeFromDescription();

        app.MapGet("/diagnostic/{niveau}/{code}/export.csv", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
            string niveau, string code, [FromQuery(Name = "tableau")] string? tableau, [FromQuery(Name = "depuis")] string? depuis, [FromQuery(Name = "jusqua")] string? jusqua,
            DiagnoseTerritory diagnose, CancellationToken cancellationToken) =>
        {
            var (diagnosis, problem) = await diagnose.HandleAsync(niveau, code, depuis, jusqua, cancellationToken);
            if (diagnosis is null)
            {
                return Problem(problem!);
            }

            var tables = DiagnosisTables.Of(diagnosis);
            if (tables.FirstOrDefault(t => t.Key == (tableau ?? "matrice")) is not { } table)
            {
                return ApiProblems.InvalidParameter("tableau", $"« {tableau} » n'est pas un tableau du diagnostic.", string.Join(", ", tables.Select(t => t.Key)));
            }

            var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(DiagnosisTables.ToCsv(table))).ToArray();
            return TypedResults.File(bytes, "text/csv; charset=utf-8", $"diagnostic-{diagnosis.Level.ToCode()}-{diagnosis.Code}-{table.Key}.csv");
        }).ExcludeFromDescription();
    }
}

internal sealed record CelluleDto(string Etape, string? Besoin, int Locales, int Regionales, int Nationales, bool Manque);

internal sealed record CommuneBlancheDto(string Code, string Nom, long Population, string Densite);

internal sealed record EtapeCouvertureDto(
    string Etape, string Libelle, int CommunesSansOffre, long PopulationSansOffre, long PopulationRuraleSansOffre,
    double PartRuraleCouverte, double PartUrbaineCouverte, IReadOnlyList<CommuneBlancheDto> PrincipalesCommunesSansOffre,
    double? DistanceMedianeKm, long? HabitantsLoinDUneOffreLocale);

internal sealed record VisibiliteDto(int Offres, int AvecSiteWeb, int AvecContact, int Recentes, IReadOnlyList<OffreAConfirmerDto> AConfirmer);

internal sealed record OffreAConfirmerDto(int Id, string Nom, string Structure, string Fraicheur);

internal sealed record DemandeLigneDto(string Code, string Libelle, int Demandes, int NonSatisfaites);

internal sealed record DemandeDto(DateOnly Depuis, DateOnly Jusqua, int Demandes, int NonSatisfaites, IReadOnlyList<DemandeLigneDto> ParEtape, IReadOnlyList<DemandeLigneDto> ParBesoin);

internal sealed record ReorientationDto(int DeStructureId, string DeStructure, int VersStructureId, string VersStructure, int Nombre);

internal sealed record ConstatDto(string Nature, string Constat, IReadOnlyList<string> Chiffres, IReadOnlyList<string> Leviers, string? Acteurs);

internal sealed record IndicateursDto(double PartDesCasesCouvertes, double PartDeLaPopulationCouverte);

internal sealed record ComparaisonDto(IndicateursDto Territoire, string? Parent, IndicateursDto? IndicateursDuParent, int RangCases, int RangPopulation, int Pairs, string PairsLibelle);

internal sealed record DiagnosticDto(
    string Niveau, string Code, string Nom, long Population, int Communes, int CommunesRurales, long PopulationRurale,
    IReadOnlyList<CelluleDto> Matrice, IReadOnlyList<EtapeCouvertureDto> Etapes, VisibiliteDto Visibilite, DemandeDto Demande,
    IReadOnlyList<ReorientationDto> Reorientations, IReadOnlyList<ConstatDto> Constats, ComparaisonDto? Comparaison,
    int Reponses, double? DelaiMedianPremiereReponseHeures)
{
    private static IndicateursDto Indicators(CoverageIndicators i) => new(Math.Round(i.CoveredCells, 4), Math.Round(i.CoveredPopulation, 4));

    public static DiagnosticDto From(TerritoryDiagnosis d) => new(
        d.Level.ToCode(), d.Code, d.Name, d.Population, d.Communes, d.RuralCommunes, d.RuralPopulation,
        d.Matrix.Select(c => new CelluleDto(c.Stage, c.Need, c.Local, c.Regional, c.National, c.IsGap)).ToList(),
        d.StageCoverage.Select(s => new EtapeCouvertureDto(s.Stage, s.StageLabel, s.WhiteCommunes, s.WhitePopulation, s.WhiteRuralPopulation,
            Math.Round(s.RuralCoveredShare, 4), Math.Round(s.UrbanCoveredShare, 4),
            s.LargestWhiteCommunes.Select(w => new CommuneBlancheDto(w.Code, w.Name, w.Population, w.Band.Label())).ToList(), s.MedianDistanceKm, s.FarPopulation)).ToList(),
        new VisibiliteDto(d.Visibility.Offers, d.Visibility.WithWebsite, d.Visibility.WithContact, d.Visibility.Recent,
            d.Visibility.Stale.Select(s => new OffreAConfirmerDto(s.Id, s.Title, s.StructureName, s.Evidence)).ToList()),
        new DemandeDto(d.Demand.From, d.Demand.To, d.Demand.Requests, d.Demand.Unmet,
            d.Demand.ByStage.Select(l => new DemandeLigneDto(l.Code, l.Label, l.Requests, l.Unmet)).ToList(),
            d.Demand.ByNeed.Select(l => new DemandeLigneDto(l.Code, l.Label, l.Requests, l.Unmet)).ToList()),
        d.Handovers.Select(h => new ReorientationDto(h.FromStructureId, h.FromStructure, h.ToStructureId, h.ToStructure, h.Count)).ToList(),
        d.Findings.Select(f => new ConstatDto(f.Kind, f.Sentence, f.Figures, f.Levers, f.ActorsLink)).ToList(),
        d.Comparison is { } c ? new ComparaisonDto(Indicators(c.Own), c.ParentName, c.Parent is { } p ? Indicators(p) : null, c.CellsRank, c.PopulationRank, c.Peers, c.PeersLabel) : null,
        d.Responses?.Answers ?? 0,
        d.Responses?.Median is { } m ? Math.Round(m.TotalHours, 1) : null);
}
