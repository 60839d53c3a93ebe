using Aiguillage.Diagnosis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aiguillage.Web.Api;

/// <summary>The baromètre's figures.</summary>
internal static class StatisticsApi
{
    public static void MapStatisticsApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/statistiques", async Task<Ok<StatistiquesDto>> (Barometer barometer, CancellationToken cancellationToken) =>
                TypedResults.Ok(StatistiquesDto.From(await barometer.HandleAsync(cancellationToken))))
            .WithTags("Diagnostic territorial")
            .WithName("Statistiques")
            .WithSummary("Le baromètre public : structures et offres par région, orientations des 12 derniers mois par mois et étape, besoins exprimés, mises en relation et délai médian de première réponse, avec la date des données.");
}

internal sealed record RegionStatistiquesDto(string Code, string Nom, int Structures, int OffresDeSesStructures, int OffresDisponibles);

internal sealed record MoisDto(string Mois, int Demandes, int NonSatisfaites, IReadOnlyDictionary<string, int> ParEtape);

internal sealed record MisesEnRelationStatistiquesDto(int Demandes, IReadOnlyDictionary<string, int> ParStatut, double? DelaiMedianPremiereReponseHeures, int Reponses);

internal sealed record StatistiquesDto(
    DateOnly DateDesDonnees, DateOnly Depuis, IReadOnlyList<RegionStatistiquesDto> Regions, IReadOnlyList<MoisDto> Orientations,
    IReadOnlyList<DemandeLigneDto> Besoins, MisesEnRelationStatistiquesDto MisesEnRelation)
{
    public static StatistiquesDto From(BarometerFigures f) => new(
        f.Day,
        f.From,
        f.Regions.Select(r => new RegionStatistiquesDto(r.Code, r.Name, r.Structures, r.OffersOfItsStructures, r.OffersAvailable)).ToList(),
        f.Months.Select(m => new MoisDto($"{m.Year:D4}-{m.Month:D2}", m.Requests, m.Unmet, m.ByStage)).ToList(),
        f.Needs.Select(n => new DemandeLigneDto(n.Code, n.Label, n.Requests, n.Unmet)).ToList(),
        new MisesEnRelationStatistiquesDto(f.Referrals.Requests, f.Referrals.ByStatus.ToDictionary(s => s.Status, s => s.Count),
            f.Referrals.MedianFirstAnswer is { } m ? Math.Round(m.TotalHours, 1) : null, f.Referrals.Answers));
}
