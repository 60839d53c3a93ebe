using Aiguillage.Offers;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;

namespace Aiguillage.Web.Api;

/// <summary>The query parameters shared by /offres and /structures, checked against the référentiels and territories.</summary>
internal static class OfferFilterQuery
{
    public static async Task<(OfferFilter Filter, int Page, int Size)> ReadAsync(
        QueryReader reader,
        HttpRequest request,
        LoadTaxonomy loadTaxonomy,
        GetTerritory getTerritory,
        CancellationToken cancellationToken)
    {
        var query = request.Query;
        var page = reader.Integer(query["page"], "page", 1, 1, 100_000);
        var size = reader.Integer(query["taille"], "taille", 20, 1, Page<OfferView>.MaxSize);
        var taxonomy = await loadTaxonomy.HandleAsync(cancellationToken);

        string? Term(string parameter, TaxonomyKind kind) =>
            reader.Code(query[parameter], parameter, c => taxonomy.IsUsable(kind, c), taxonomy.AcceptedCodes(kind), kind.WithArticle());

        async Task<string?> Territory(string parameter, TerritoryLevel level)
        {
            string? value = query[parameter];
            if (string.IsNullOrWhiteSpace(value) || reader.Problem is not null)
            {
                return null;
            }

            var code = value.Trim().ToUpperInvariant();
            if (code.Length > 3 || await getTerritory.HandleAsync(level, code, cancellationToken) is null)
            {
                reader.Fail(ApiProblems.InvalidParameter(parameter, $"« {value} » n'est pas un code INSEE de {level.ToLabel()} connu (par exemple {(level == TerritoryLevel.Region ? "75" : "23, 2A ou 974")})."));
                return null;
            }

            return code;
        }

        var filter = new OfferFilter(
            await Territory("region", TerritoryLevel.Region),
            await Territory("departement", TerritoryLevel.Departement),
            Term("etape", TaxonomyKind.Stage),
            Term("besoin", TaxonomyKind.Need),
            Term("public", TaxonomyKind.Public),
            Term("type", TaxonomyKind.OfferType));
        return (filter, page, size);
    }
}

internal sealed record PageDto<T>(int Total, int Page, int Taille, IReadOnlyList<T> Elements)
{
    public static PageDto<T> From<TSource>(Page<TSource> page, Func<TSource, T> map) =>
        new(page.Total, page.Number, page.Size, page.Items.Select(map).ToList());
}
