using System.Globalization;
using Aiguillage.Taxonomy;

namespace Aiguillage.Web;

/// <summary>French formats for what pages show.</summary>
internal static class PageFormats
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", French);

    public static string Number(long value) => value.ToString("N0", French);

    public static string Labels(TaxonomySnapshot taxonomy, TaxonomyKind kind, IEnumerable<string> codes) =>
        string.Join(", ", codes.Select(c => taxonomy.Label(kind, c)));
}
