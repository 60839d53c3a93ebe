using Aiguillage.Catalogue;
using Aiguillage.Maps;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Couverture;

/// <summary>One class of the legend: the département counts it holds and how many départements fall in it.</summary>
public sealed record CoverageClass(int Index, int From, int To, int Departements)
{
    public string Label => Index == 0 ? "aucune offre" : From == To ? $"{From} offre{(From > 1 ? "s" : "")}" : $"de {From} à {To} offres";
}

/// <summary>
/// The coverage choropleth, drawn on the server (no JavaScript): five classes, "no offer" apart, then four equal ranges
/// between the smallest and the largest count, so the classes follow the selected stage and need (national offers lift
/// every count, fixed ranges would often paint the whole map alike).
/// </summary>
public sealed class IndexModel(CatalogueProvider catalogs) : PageModel
{
    [FromQuery(Name = "etape")]
    public string? Etape { get; set; }

    [FromQuery(Name = "besoin")]
    public string? Besoin { get; set; }

    public CoverageReport Report { get; private set; } = new(TerritoryLevel.Departement, null, null, []);

    public TaxonomySnapshot Taxonomy { get; private set; } = new([]);

    public CoverageMapShapes Shapes => CoverageMapShapes.Default;

    public Dictionary<string, string> Errors { get; } = [];

    public IReadOnlyList<CoverageClass> Classes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        Taxonomy = catalog.Taxonomy;
        var stage = Check(Etape, "etape", TaxonomyKind.Stage, "L'étape choisie n'existe pas : choisissez-en une dans la liste.");
        var need = Check(Besoin, "besoin", TaxonomyKind.Need, "Le besoin choisi n'existe pas : choisissez-en un dans la liste.");
        (Etape, Besoin) = (stage, need);
        Report = CountCoverage.Count(catalog, TerritoryLevel.Departement, stage, need);
        Classes = Classify(Report.Territories.Select(t => t.Offers).ToList());
    }

    public int ClassOf(int offers) => Classes.FirstOrDefault(c => offers >= c.From && offers <= c.To)?.Index ?? 0;

    public string DirectoryUrl(string code) => $"/annuaire/departement/{code}" + QueryString.Create(
        new Dictionary<string, string?> { ["etape"] = Etape, ["besoin"] = Besoin }.Where(p => p.Value is not null));

    public string Selection =>
        (Etape, Besoin) switch
        {
            (null, null) => "toutes étapes et tous besoins",
            (_, null) => $"étape « {Taxonomy.Label(TaxonomyKind.Stage, Etape!)} », tous besoins",
            (null, _) => $"toutes étapes, besoin « {Taxonomy.Label(TaxonomyKind.Need, Besoin!)} »",
            _ => $"étape « {Taxonomy.Label(TaxonomyKind.Stage, Etape!)} », besoin « {Taxonomy.Label(TaxonomyKind.Need, Besoin!)} »",
        };

    public static string Offers(int count) => count == 1 ? "1 offre" : $"{PageFormats.Number(count)} offres";

    /// <summary>Class 0 holds the départements without any offer; classes 1 to 4 split the other counts in equal ranges.</summary>
    public static IReadOnlyList<CoverageClass> Classify(IReadOnlyList<int> counts)
    {
        var classes = new List<CoverageClass> { new(0, 0, 0, counts.Count(c => c == 0)) };
        var positive = counts.Where(c => c > 0).ToList();
        if (positive.Count == 0)
        {
            return classes;
        }

        var (low, high) = (positive.Min(), positive.Max());
        var width = (high - low + 1) / 4.0;
        for (var k = 1; k <= 4; k++)
        {
            var from = low + (int)Math.Ceiling((k - 1) * width);
            var to = k == 4 ? high : low + (int)Math.Ceiling(k * width) - 1;
            if (from <= to)
            {
                classes.Add(new CoverageClass(k, from, to, positive.Count(c => c >= from && c <= to)));
            }
        }

        return classes;
    }

    private string? Check(string? value, string field, TaxonomyKind kind, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!Taxonomy.IsUsable(kind, value.Trim()))
        {
            Errors[field] = message;
            return null;
        }

        return value.Trim();
    }
}
