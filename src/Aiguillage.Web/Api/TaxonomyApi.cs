using Aiguillage.Taxonomy;

namespace Aiguillage.Web.Api;

internal static class TaxonomyApi
{
    public static void MapTaxonomyApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/referentiels", async (LoadTaxonomy load, CancellationToken cancellationToken) =>
        {
            var taxonomy = await load.HandleAsync(cancellationToken);
            List<TermeDto> Terms(TaxonomyKind kind) => taxonomy.Terms(kind).Select(t => new TermeDto(t.Code, t.Label, t.Description)).ToList();
            return TypedResults.Ok(new ReferentielsDto(
                Terms(TaxonomyKind.Stage),
                Terms(TaxonomyKind.Need),
                Terms(TaxonomyKind.Public),
                Terms(TaxonomyKind.OfferType),
                Terms(TaxonomyKind.Cost),
                Terms(TaxonomyKind.FinancialInstrument),
                Terms(TaxonomyKind.StructureKind)));
        })
        .WithTags("Référentiels")
        .WithName("LireReferentiels")
        .WithSummary("Les listes de codes en vigueur (les codes retirés n'y figurent plus).");
    }
}

internal sealed record TermeDto(string Code, string Libelle, string Description);

internal sealed record ReferentielsDto(
    List<TermeDto> Etapes,
    List<TermeDto> Besoins,
    List<TermeDto> Publics,
    List<TermeDto> Types,
    List<TermeDto> Frais,
    List<TermeDto> Instruments,
    List<TermeDto> TypesStructure);
