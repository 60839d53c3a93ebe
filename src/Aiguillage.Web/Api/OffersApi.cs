using Aiguillage.Catalogue;
using Aiguillage.Directory;
using Aiguillage.Offers;
using Aiguillage.Territories;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aiguillage.Web.Api;

internal static class OffersApi
{
    public static void MapOffersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/offres").WithTags("Offres");

        group.MapGet("/", async Task<Results<Ok<PageDto<OffreDto>>, ProblemHttpResult>> (
            [AsParameters] OfferQuery query, ListOffers search, CatalogueProvider catalogue, CancellationToken cancellationToken) =>
        {
            var reader = new QueryReader();
            var (filter, page, size) = OfferFilterQuery.Read(reader, query, await catalogue.GetAsync(cancellationToken));
            if (reader.Problem is { } problem)
            {
                return problem;
            }

            var result = await search.HandleAsync(filter, page, size, cancellationToken);
            return TypedResults.Ok(PageDto<OffreDto>.From(result, OffreDto.From));
        })
        .WithName("ListerOffres")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .WithSummary("Les offres publiées et en cours, filtrées par territoire (region, departement), etape, besoin, public, type, frais ; paginées (page, taille ≤ 100).");

        group.MapGet("/{id}", async Task<Results<Ok<OffreDto>, ProblemHttpResult>> (string id, GetOffer get, CancellationToken cancellationToken) =>
        {
            if (!int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number <= 0)
            {
                return ApiProblems.InvalidParameter("id", $"« {id} » n'est pas un identifiant d'offre (nombre entier positif).");
            }

            var offer = await get.HandleAsync(number, cancellationToken);
            return offer is null ? ApiProblems.NotFound($"Aucune offre n'a l'identifiant {number}.") : TypedResults.Ok(OffreDto.From(offer));
        })
        .WithName("LireOffre")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithSummary("Une offre par son identifiant.");
    }
}

internal sealed record DispositifRefDto(string Code, string Nom, string Nature);

internal sealed record ZoneDto(string Niveau, string Code, string Nom);

internal sealed record SourceDto(string Jeu, string Identifiant, IReadOnlyList<string> Urls);

internal sealed record StructureRefDto(int Id, string Nom, string? SiteWeb);

internal sealed record OffreDto(
    int Id,
    string Nom,
    string Description,
    StructureRefDto Structure,
    IReadOnlyList<string> Types,
    IReadOnlyList<string> Instruments,
    IReadOnlyList<string> Etapes,
    IReadOnlyList<string> Besoins,
    IReadOnlyList<string> Publics,
    string? Frais,
    string? FraisPrecisions,
    string? Conditions,
    string? Modalites,
    string? Lien,
    string? Courriel,
    string? Telephone,
    string? Duree,
    string Statut,
    IReadOnlyList<ZoneDto> Zones,
    bool ZonePartielle,
    DateOnly? DateVerification,
    DateOnly? DateFin,
    SourceDto Source,
    string? DateSource,
    DispositifRefDto? Dispositif)
{
    public static OffreDto From(OfferView o) => new(
        o.Id,
        o.Title,
        o.Description,
        new StructureRefDto(o.Structure.Id, o.Structure.Name, o.Structure.Website),
        o.Types,
        o.Instruments,
        o.Stages,
        o.Needs,
        o.Publics,
        o.Cost,
        o.CostDetails,
        o.Conditions,
        o.HowToApply,
        o.ApplicationUrl,
        o.ContactEmail,
        o.ContactPhone,
        o.Duration,
        o.Status.ToCode(),
        o.Zones.Select(z => new ZoneDto(z.Level.ToCode(), z.Code, z.Name)).ToList(),
        o.PartialZones,
        o.LastVerifiedOn,
        o.EndsOn,
        new SourceDto(o.Source, o.SourceIdentifier, o.SourceUrls),
        o.SourceDate?.ToString(),
        o.Dispositif is { } d ? new DispositifRefDto(d.Code, d.Name, d.Nature == DispositifNature.Label ? "label" : "programme") : null);
}
