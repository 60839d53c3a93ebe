using System.Collections.Frozen;

namespace Aiguillage.Taxonomy;

/// <summary>An immutable read of the référentiels, used to validate codes and to show labels.</summary>
public sealed class TaxonomySnapshot
{
    private readonly FrozenDictionary<TaxonomyKind, IReadOnlyList<TaxonomyTerm>> _byKind;
    private readonly FrozenDictionary<(TaxonomyKind, string), TaxonomyTerm> _byCode;

    public TaxonomySnapshot(IEnumerable<TaxonomyTerm> terms)
    {
        var list = terms.OrderBy(t => t.Kind).ThenBy(t => t.SortOrder).ThenBy(t => t.Code, StringComparer.Ordinal).ToList();
        _byKind = list.GroupBy(t => t.Kind).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<TaxonomyTerm>)g.ToList());
        _byCode = list.ToFrozenDictionary(t => (t.Kind, t.Code));
    }

    public IReadOnlyList<TaxonomyTerm> Terms(TaxonomyKind kind, bool includeRetired = false) =>
        _byKind.TryGetValue(kind, out var terms)
            ? includeRetired ? terms : terms.Where(t => !t.IsRetired).ToList()
            : [];

    public TaxonomyTerm? Find(TaxonomyKind kind, string code) => _byCode.GetValueOrDefault((kind, code));

    /// <summary>The label of a code, or the code itself when it is unknown (old data stays readable).</summary>
    public string Label(TaxonomyKind kind, string code) => Find(kind, code)?.Label ?? code;

    /// <summary>A code that can go on new data: known and not retired.</summary>
    public bool IsUsable(TaxonomyKind kind, string code) => Find(kind, code) is { IsRetired: false };

    public string AcceptedCodes(TaxonomyKind kind) => string.Join(", ", Terms(kind).Select(t => t.Code));
}
