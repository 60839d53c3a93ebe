using Aiguillage.Catalogue;
using Aiguillage.OpenData;
using Aiguillage.Taxonomy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.DonneesOuvertes;

/// <summary>The data dictionary of the dump, from <see cref="OpenDumpDictionary"/>; référentiel values from the catalogue in hand.</summary>
public sealed class DictionnaireModel(CatalogueProvider catalogue) : PageModel
{
    public TaxonomySnapshot Taxonomy { get; private set; } = null!;

    public IReadOnlyList<DictionaryFile> Files => OpenDumpDictionary.Files;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Taxonomy = (await catalogue.GetAsync(cancellationToken)).Taxonomy;

    /// <summary>The values a field accepts, as (code, label) pairs; the label is null for codes outside our référentiels.</summary>
    public IReadOnlyList<(string Code, string? Label)> Values(AllowedValues values) =>
        values.Taxonomy is { } kind ? Taxonomy.Terms(kind).Select(t => (t.Code, (string?)t.Label)).ToList()
        : values.Codes?.Select(c => (c, (string?)null)).ToList() ?? [];

    /// <summary>« offres-csv »: an anchor for a file's section.</summary>
    public static string Anchor(string fileName) => fileName.Replace('.', '-');
}
