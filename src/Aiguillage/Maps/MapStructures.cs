using Aiguillage.Catalogue;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;

namespace Aiguillage.Maps;

/// <summary>The map's filters: codes of the territories and of the référentiels; Kind is a type of structure.</summary>
public sealed record StructureMapFilter(string? Region = null, string? Departement = null, string? Stage = null, string? Need = null, string? Kind = null);

/// <summary>A filter value that was refused, with the parameter at fault and what it accepts.</summary>
public sealed record FilterError(string Parameter, string Message, string? Accepted = null);

/// <summary>The structures of the map and of the list beside it, with where each is placed.</summary>
public sealed record StructureMap(IReadOnlyList<StructureEntry> Structures, CatalogueSnapshot Catalog, TaxonomySnapshot Taxonomy)
{
    public IEnumerable<StructureEntry> Placed => Structures.Where(s => s.Location.Point is not null);

    public int UnplacedCount => Structures.Count(s => s.Location.Point is null);
}

/// <summary>
/// Lists the active structures for the map. With a stage or a need, a structure is kept when one of its published offers
/// has them (and is available in the chosen territory); with a territory only, when it serves it, as in the directory.
/// </summary>
public sealed class MapStructures(CatalogueProvider catalogs)
{
    public async Task<(StructureMap? Map, FilterError? Error)> HandleAsync(
        string? region, string? departement, string? stage, string? need, string? kind, CancellationToken cancellationToken = default)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        var (filter, error) = Read(catalog, catalog.Taxonomy, region, departement, stage, need, kind);
        return filter is null ? (null, error) : (new StructureMap(Filter(catalog, filter), catalog, catalog.Taxonomy), null);
    }

    /// <summary>Checks raw query values against the territories and the référentiels; empty values mean no filter.</summary>
    public static (StructureMapFilter? Filter, FilterError? Error) Read(
        CatalogueSnapshot catalog, TaxonomySnapshot taxonomy, string? region, string? departement, string? stage, string? need, string? kind)
    {
        FilterError? error = null;

        string? Territory(string? value, string parameter, Func<string, TerritoryEntry?> find, string example)
        {
            if (string.IsNullOrWhiteSpace(value) || error is not null)
            {
                return null;
            }

            var code = value.Trim().ToUpperInvariant();
            if (find(code) is null)
            {
                error = new FilterError(parameter, $"« {value.Trim()} » n'est pas un code INSEE de {parameter switch { "region" => "région", _ => "département" }} connu (par exemple {example}).");
                return null;
            }

            return code;
        }

        string? Term(string? value, string parameter, TaxonomyKind termKind)
        {
            if (string.IsNullOrWhiteSpace(value) || error is not null)
            {
                return null;
            }

            var code = value.Trim();
            if (!taxonomy.IsUsable(termKind, code))
            {
                error = new FilterError(parameter, $"« {code} » n'est pas {termKind.WithArticle()} pour {parameter}.", taxonomy.AcceptedCodes(termKind));
                return null;
            }

            return code;
        }

        var filter = new StructureMapFilter(
            Territory(region, "region", catalog.Region, "75"),
            Territory(departement, "departement", catalog.Departement, "23, 2A ou 974"),
            Term(stage, "etape", TaxonomyKind.Stage),
            Term(need, "besoin", TaxonomyKind.Need),
            Term(kind, "type", TaxonomyKind.StructureKind));
        return error is null ? (filter, null) : (null, error);
    }

    public static IReadOnlyList<StructureEntry> Filter(CatalogueSnapshot catalog, StructureMapFilter filter)
    {
        var territories = new List<(TerritoryLevel Level, string Code)>();
        if (filter.Region is { } region)
        {
            territories.Add((TerritoryLevel.Region, region));
        }

        if (filter.Departement is { } departement)
        {
            territories.Add((TerritoryLevel.Departement, departement));
        }

        return catalog.StructuresMatching(new CatalogueFilter(Stage: filter.Stage, Need: filter.Need), territories)
            .Where(s => filter.Kind is null || s.Kinds.Contains(filter.Kind))
            .ToList();
    }
}
