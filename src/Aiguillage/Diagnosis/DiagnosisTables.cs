namespace Aiguillage.Diagnosis;

/// <summary>One table of a diagnosis for the exports: a key (the CSV's name and the sheet's), French headers, rows of text or numbers.</summary>
public sealed record DiagnosisTable(string Key, string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object>> Rows);

/// <summary>
/// Every indicator of a diagnosis as tables, written once for both exports (a CSV per table, one XLSX with a sheet per
/// table): the matrix, the white zones, their communes, visibility, demand, redirections, findings.
/// </summary>
public static class DiagnosisTables
{
    public static IReadOnlyList<DiagnosisTable> Of(TerritoryDiagnosis d)
    {
        string Stage(string code) => d.Stages.FirstOrDefault(s => s.Code == code).Label ?? code;
        string Need(string? code) => code is null ? "tous besoins" : d.Needs.FirstOrDefault(n => n.Code == code).Label ?? code;
        return
        [
            new("matrice", "Offres par étape et besoin", ["Étape", "Besoin", "Offres locales", "Offres régionales", "Offres nationales", "Manque (ni locale ni régionale)"],
                d.Matrix.Select(c => (IReadOnlyList<object>)[Stage(c.Stage), Need(c.Need), c.Local, c.Regional, c.National, c.IsGap ? "oui" : "non"]).ToList()),
            new("zones-blanches", "Zones blanches par étape", ["Étape", "Communes sans offre", "Habitants", "dont en commune rurale", "Part de la population rurale couverte", "Part de la population urbaine couverte", "Distance médiane à une offre locale (km)", $"Habitants à plus de {DiagnosisRules.FarKm} km"],
                d.StageCoverage.Select(s => (IReadOnlyList<object>)[s.StageLabel, s.WhiteCommunes, s.WhitePopulation, s.WhiteRuralPopulation, Math.Round(s.RuralCoveredShare, 4), Math.Round(s.UrbanCoveredShare, 4), s.MedianDistanceKm?.ToString(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) ?? "aucune offre locale placée", (object?)s.FarPopulation ?? ""]).ToList()),
            new("communes-sans-offre", "Principales communes sans offre", ["Étape", "Code INSEE", "Commune", "Habitants", "Densité"],
                d.StageCoverage.SelectMany(s => s.LargestWhiteCommunes.Select(c => (IReadOnlyList<object>)[s.StageLabel, c.Code, c.Name, c.Population, c.Band.Label()])).ToList()),
            new("visibilite", "Visibilité de l'offre du territoire", ["Indicateur", "Nombre"],
            [
                ["Offres locales ou régionales", d.Visibility.Offers],
                ["avec un site ou un lien pour candidater", d.Visibility.WithWebsite],
                ["avec un contact", d.Visibility.WithContact],
                ["confirmées ou sourcées depuis moins de 24 mois", d.Visibility.Recent],
            ]),
            new("offres-a-confirmer", "Offres à faire confirmer", ["Offre", "Structure", "Fraîcheur", "Numéro"],
                d.Visibility.Stale.Select(s => (IReadOnlyList<object>)[s.Title, s.StructureName, s.Evidence, s.Id]).ToList()),
            new("demande", $"Demande du {d.Demand.From:yyyy-MM-dd} au {d.Demand.To:yyyy-MM-dd}", ["Par", "Code", "Libellé", "Demandes", $"Moins de {DiagnosisRules.UnmetBelow} résultats"],
                d.Demand.ByStage.Select(l => (IReadOnlyList<object>)["étape", l.Code, l.Label, l.Requests, l.Unmet])
                    .Concat(d.Demand.ByNeed.Select(l => (IReadOnlyList<object>)["besoin", l.Code, l.Label, l.Requests, l.Unmet])).ToList()),
            new("reorientations", "Réorientations entre structures", ["De", "Vers", "Demandes transmises"],
                d.Handovers.Select(h => (IReadOnlyList<object>)[h.FromStructure, h.ToStructure, h.Count]).ToList()),
            new("constats", "Constats", ["Constat", "Chiffres", "Leviers"],
                d.Findings.Select(f => (IReadOnlyList<object>)[f.Sentence, string.Join(" ; ", f.Figures), string.Join(" ; ", f.Levers)]).ToList()),
        ];
    }

    /// <summary>A table as CSV for spreadsheets set to French: semicolons, decimal commas.</summary>
    public static string ToCsv(DiagnosisTable table) => Imports.SpreadsheetCsv.Write(table.Headers, table.Rows);
}
