using Aiguillage.Pathways;
using Aiguillage.Territories;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Aiguillage.Web.Api;

/// <summary>The published chains of support of a territory (and of the territories containing it).</summary>
internal static class PathwaysApi
{
    public static void MapPathwaysApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/parcours", async Task<Results<Ok<List<ParcoursDto>>, ProblemHttpResult>> (
                [FromQuery(Name = "territoire")] string? territoire, ReadChains chains, CancellationToken cancellationToken) =>
            {
                var zone = CoverageZone.France;
                if (!string.IsNullOrWhiteSpace(territoire)
                    && (!CoverageZone.TryParse(territoire, out zone) || zone.Level is not (TerritoryLevel.Pays or TerritoryLevel.Region or TerritoryLevel.Departement)))
                {
                    return ApiProblems.InvalidParameter("territoire", $"« {territoire} » n'est pas un territoire de la forme region:CODE ou departement:CODE.", "pays:FR, region:CODE, departement:CODE");
                }

                var shown = await chains.ForTerritoryAsync(zone.Level, zone.Code, cancellationToken);
                return TypedResults.Ok(shown.Select(c => new ParcoursDto(c.Id, c.Name, c.Description, c.Territory, c.TerritoryName,
                    c.Steps.Select(s => new EtapeParcoursDto(s.Stage, s.StageLabel, s.Title, s.Description, s.Offers.Select(o => new OffreParcoursDto(o.Id, o.Title, o.View.Structure.Name)).ToList(), s.Handover)).ToList())).ToList());
            })
            .WithTags("Diagnostic territorial")
            .WithName("Parcours")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Les parcours d'accompagnement publiés d'un territoire (territoire=region:53 ou departement:35 ; sans paramètre : tous) et de ceux qui le contiennent, étape par étape avec leurs offres publiées.");
}

internal sealed record OffreParcoursDto(int Id, string Nom, string Structure);

internal sealed record EtapeParcoursDto(string Etape, string Libelle, string Intitule, string Description, IReadOnlyList<OffreParcoursDto> Offres, string? Passage);

internal sealed record ParcoursDto(int Id, string Nom, string Presentation, string Territoire, string NomDuTerritoire, IReadOnlyList<EtapeParcoursDto> Etapes);
