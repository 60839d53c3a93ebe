using Aiguillage.Catalogue;
using Aiguillage.Directory;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aiguillage.Web.Api;

internal static class StructuresApi
{
    public static void MapStructuresApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/structures").WithTags("Structures");

        group.MapGet("/", async Task<Results<Ok<PageDto<StructureDto>>, ProblemHttpResult>> (
            [AsParameters] OfferQuery query, ListStructures list, CatalogueProvider catalogue, CancellationToken cancellationToken) =>
        {
            var reader = new QueryReader();
            var (filter, page, size) = OfferFilterQuery.Read(reader, query, await catalogue.GetAsync(cancellationToken));
            if (reader.Problem is { } problem)
            {
                return problem;
            }

            var result = await list.HandleAsync(filter, page, size, cancellationToken);
            return TypedResults.Ok(PageDto<StructureDto>.From(result, StructureDto.From));
        })
        .WithName("ListerStructures")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .WithSummary("Les structures actives qui servent un territoire (une offre publiée le couvre, ou leur adresse y est) ; paginées.");

        group.MapGet("/{id}", async Task<Results<Ok<StructureDto>, ProblemHttpResult>> (string id, GetStructure get, CancellationToken cancellationToken) =>
        {
            if (!int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number <= 0)
            {
                return ApiProblems.InvalidParameter("id", $"« {id} » n'est pas un identifiant de structure (nombre entier positif).");
            }

            var structure = await get.HandleAsync(number, cancellationToken);
            return structure is null ? ApiProblems.NotFound($"Aucune structure n'a l'identifiant {number}.") : TypedResults.Ok(StructureDto.From(structure));
        })
        .WithName("LireStructure")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithSummary("Une structure et ses offres publiées.");
    }
}

internal sealed record CommuneRefDto(string Code, string Nom, TerritoireRefDto? Departement, TerritoireRefDto? Region);

internal sealed record StructureDto(
    int Id,
    string Nom,
    IReadOnlyList<string> Types,
    string? Siret,
    CommuneRefDto? Commune,
    string? SiteWeb,
    string? Courriel,
    string? Telephone,
    IReadOnlyList<string> Reseaux,
    bool SpecialisteEss,
    string Description,
    DateOnly? DateVerification,
    string Statut,
    SourceDto Source,
    IReadOnlyList<OffreDto>? Offres)
{
    public static StructureDto From(StructureView s) => new(
        s.Id,
        s.Name,
        s.Kinds,
        s.Siret,
        s.Commune is { } c ? new CommuneRefDto(c.Code, c.Name, new TerritoireRefDto(c.DepartementCode, c.DepartementName), new TerritoireRefDto(c.RegionCode, c.RegionName)) : null,
        s.Website,
        s.Email,
        s.Phone,
        s.Networks,
        s.IsEssSpecialist,
        s.Description,
        s.LastVerifiedOn,
        "active", // the catalogue serves open structures only; a closed one answers 404.
        new SourceDto(s.Source, s.SourceIdentifier, s.SourceUrls),
        s.Offers.Count == 0 ? null : s.Offers.Select(OffreDto.From).ToList());
}
