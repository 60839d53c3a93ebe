using Aiguillage.Catalogue;
using Aiguillage.Directory;
using Aiguillage.Offers;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;
using Microsoft.AspNetCore.Mvc;

namespace Aiguillage.Web.Api;

/// <summary>The query parameters shared by /offres and /structures, checked against the référentiels and territories.</summary>
internal static class OfferFilterQuery
{
    public static (OfferFilter Filter, int Page, int Size) Read(QueryReader reader, OfferQuery query, CatalogueSnapshot catalogue)
    {
        var page = reader.Integer(query.Page, "page", 1, 1, 100_000);
        var size = reader.Integer(query.Taille, "taille", 20, 1, Page<OfferView>.MaxSize);
        var taxonomy = catalogue.Taxonomy;

        string? Term(string? value, string parameter, TaxonomyKind kind) =>
            reader.Code(value, parameter, c => taxonomy.IsUsable(kind, c), taxonomy.AcceptedCodes(kind), kind.WithArticle());

        string? Territory(string? value, string parameter, TerritoryLevel level)
        {
            if (string.IsNullOrWhiteSpace(value) || reader.Problem is not null)
            {
                return null;
            }

            var code = value.Trim().ToUpperInvariant();
            if ((level == TerritoryLevel.Region ? catalogue.Region(code) : catalogue.Departement(code)) is null)
            {
                reader.Fail(ApiProblems.InvalidParameter(parameter, $"« {value} » n'est pas un code INSEE de {level.ToLabel()} connu (par exemple {(level == TerritoryLevel.Region ? "75" : "23, 2A ou 974")})."));
                return null;
            }

            return code;
        }

        var filter = new OfferFilter(
            Territory(query.Region, "region", TerritoryLevel.Region),
            Territory(query.Departement, "departement", TerritoryLevel.Departement),
            Term(query.Etape, "etape", TaxonomyKind.Stage),
            Term(query.Besoin, "besoin", TaxonomyKind.Need),
            Term(query.Public, "public", TaxonomyKind.Public),
            Term(query.Type, "type", TaxonomyKind.OfferType),
            Term(query.Frais, "frais", TaxonomyKind.Cost));
        return (filter, page, size);
    }
}

/// <summary>The query string of the listings, read as text so that a malformed value gets a French 400.</summary>
internal sealed record OfferQuery(
    [property: FromQuery(Name = "region")] string? Region,
    [property: FromQuery(Name = "departement")] string? Departement,
    [property: FromQuery(Name = "etape")] string? Etape,
    [property: FromQuery(Name = "besoin")] string? Besoin,
    [property: FromQuery(Name = "public")] string? Public,
    [property: FromQuery(Name = "type")] string? Type,
    [property: FromQuery(Name = "frais")] string? Frais,
    [property: FromQuery(Name = "page")] string? Page,
    [property: FromQuery(Name = "taille")] string? Taille);

internal sealed record PageDto<T>(int Total, int Page, int Taille, IReadOnlyList<T> Elements)
{
    public static PageDto<T> From<TSource>(Page<TSource> page, Func<TSource, T> map) =>
        new(page.Total, page.Number, page.Size, page.Items.Select(map).ToList());
}
