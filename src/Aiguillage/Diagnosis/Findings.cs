using System.Globalization;
using Aiguillage.Catalogue;
using Aiguillage.Territories;

namespace Aiguillage.Diagnosis;

/// <summary>
/// The constats of a diagnosis, in plain French, each with the figures behind it and the levers a collectivité can pull:
/// stages without local or regional offer (and the rural people concerned), missing emergence support, unmet demand.
/// </summary>
public static class Findings
{
    /// <summary>A need whose requests are unmet this often (with enough requests to say so) is "demand beyond supply".</summary>
    public const double UnmetShareFinding = 0.3;

    public const int MinimumRequests = 10;

    /// <summary>From this share of the population farther than DiagnosisRules.FarKm from a local offer, distance is a finding.</summary>
    public const double FarShareFinding = 0.25;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static IReadOnlyList<Finding> Of(TerritoryDiagnosis d, CatalogueSnapshot catalogue, IReadOnlyList<CatalogueOffer> territorial)
    {
        var findings = new List<Finding>();
        var where = Where(d);
        var actors = ActorsLink(d);
        foreach (var stage in d.StageCoverage.Where(s => s.WhiteCommunes > 0).OrderByDescending(s => s.WhitePopulation))
        {
            var all = stage.WhiteCommunes == d.Communes;
            findings.Add(new Finding(
                "zone-blanche",
                all
                    ? $"Aucune offre locale ni régionale au stade « {stage.StageLabel} » {where}."
                    : $"{Number(stage.WhiteCommunes)} commune(s) {where} n'ont aucune offre locale ni régionale au stade « {stage.StageLabel} » ({Number(stage.WhitePopulation)} habitants).",
                [
                    $"{Number(stage.WhiteCommunes)} commune(s) sur {Number(d.Communes)}",
                    $"{Number(stage.WhitePopulation)} habitants, dont {Number(stage.WhiteRuralPopulation)} en commune rurale",
                    $"part de la population couverte : {Percent(stage.RuralCoveredShare)} en commune rurale, {Percent(stage.UrbanCoveredShare)} en commune urbaine",
                ],
                [
                    "soutenir un acteur existant pour qu'il élargisse son périmètre à ces communes",
                    "cofinancer un appel à projets pour une offre de proximité à ce stade",
                ],
                $"{actors}?etape={stage.Stage}"));
        }

        foreach (var stage in d.StageCoverage.Where(s => d.Population > 0 && (s.FarPopulation ?? d.Population) >= FarShareFinding * d.Population))
        {
            var far = stage.FarPopulation ?? d.Population;
            findings.Add(new Finding(
                "eloignement",
                stage.MedianDistanceKm is null
                    ? $"Aucune offre locale au stade « {stage.StageLabel} » n'est portée depuis le territoire {where} : l'accompagnement de proximité y manque."
                    : $"{Percent((double)far / d.Population)} des habitants {where} vivent à plus de {DiagnosisRules.FarKm} km de la structure la plus proche qui porte une offre locale au stade « {stage.StageLabel} ».",
                [
                    $"{Number(far)} habitants sur {Number(d.Population)}",
                    stage.MedianDistanceKm is { } km ? $"distance médiane : {km.ToString(French)} km à vol d'oiseau" : "aucune structure portant une offre locale de cette étape n'est placée dans un département qu'elle couvre",
                ],
                ["aider un acteur à tenir des permanences dans les communes éloignées", "soutenir une antenne ou un tiers-lieu relais"],
                $"{actors}?etape={stage.Stage}"));
        }

        var emergence = territorial.Where(o => CatalogueRules.ServesStage(o.Stages, "emergence")).ToList();
        var incubators = emergence.Count(o => o.View.Dispositif?.Code == "fabrique-initiatives"
            || (catalogue.Structure(o.View.Structure.Id)?.Kinds.Contains("incubateur") ?? false));
        if (incubators == 0)
        {
            findings.Add(new Finding(
                "emergence",
                $"L'offre d'émergence manque {where} : aucune Fabrique à initiatives ni incubateur.",
                [$"{Number(emergence.Count)} offre(s) locale(s) ou régionale(s) au stade « Émergence », aucune portée par une Fabrique à initiatives ou un incubateur"],
                ["soutenir la création d'une Fabrique à initiatives ou d'un incubateur ESS, avec l'Avise et les réseaux régionaux", "confier l'émergence à un acteur existant du territoire"],
                $"{actors}?etape=emergence"));
        }

        foreach (var need in d.Demand.ByNeed.Where(n => n.Requests >= MinimumRequests && n.UnmetShare >= UnmetShareFinding).OrderByDescending(n => n.UnmetShare))
        {
            findings.Add(new Finding(
                "demande-non-satisfaite",
                $"La demande « {need.Label} » dépasse l'offre {where} ({Percent(need.UnmetShare)} des demandes avec moins de {DiagnosisRules.UnmetBelow} résultats).",
                [$"{Number(need.Requests)} demandes d'orientation du {d.Demand.From.ToString("d MMMM yyyy", French)} au {d.Demand.To.ToString("d MMMM yyyy", French)}, dont {Number(need.Unmet)} avec moins de {DiagnosisRules.UnmetBelow} résultats"],
                ["abonder un fonds (fonds de confiance, fonds territorial) ou créer un dispositif pour ce besoin", "faire connaître les offres existantes aux réseaux qui orientent"],
                $"{actors}?besoin={need.Code}"));
        }

        return findings;
    }

    /// <summary>For each published chain of the territory, the stages it leaves without a published offer.</summary>
    public static IReadOnlyList<Finding> OfChains(TerritoryDiagnosis d, IReadOnlyList<Pathways.ShownChain> chains) =>
        chains.Select(chain => (Chain: chain, Missing: Pathways.ReadChains.UncoveredStages(chain, d.Stages.Select(s => s.Code))))
            .Where(x => x.Missing.Count > 0)
            .Select(x => new Finding(
                "parcours",
                $"Le parcours {x.Chain.Name} ne couvre pas {(x.Missing.Count == 1 ? "l'étape" : "les étapes")} {string.Join(", ", x.Missing.Select(m => "« " + d.Stages.First(s => s.Code == m).Label + " »"))}.",
                [$"{x.Chain.Steps.Count(s => s.Offers.Count > 0)} étape(s) sur {d.Stages.Count} portées par au moins une offre publiée"],
                ["inviter un acteur de ces étapes à rejoindre le parcours", "soutenir une offre pour l'étape manquante"],
                $"{ActorsLink(d)}?etape={x.Missing[0]}"))
            .ToList();

    private static string Where(TerritoryDiagnosis d) => d.Level switch
    {
        TerritoryLevel.Region => $"en région {d.Name}",
        TerritoryLevel.Departement => $"dans le département {d.Name} ({d.Code})",
        _ => $"dans {d.Name}",
    };

    private static string ActorsLink(TerritoryDiagnosis d) => $"/annuaire/{d.Level.ToCode()}/{d.Code}";

    private static string Number(long value) => value.ToString("N0", French);

    private static string Percent(double share) => share.ToString("P0", French);
}
