namespace Aiguillage.Taxonomy;

/// <summary>The curated lists ("référentiels"). Editors may change labels and retire codes; codes are stable.</summary>
public enum TaxonomyKind
{
    Stage,
    Need,
    Public,
    OfferType,
    FinancialInstrument,
    Cost,
    StructureKind,

    /// <summary>Motif de refus: why a structure declines a mise en relation.</summary>
    DeclineReason,
}

public sealed class TaxonomyTerm
{
    public TaxonomyTerm(TaxonomyKind kind, string code, string label, string description, int sortOrder, bool isRetired = false)
    {
        Kind = kind;
        Code = code;
        Label = label;
        Description = description;
        SortOrder = sortOrder;
        IsRetired = isRetired;
    }

    public TaxonomyKind Kind { get; private set; }

    public string Code { get; private set; }

    public string Label { get; private set; }

    public string Description { get; private set; }

    public int SortOrder { get; private set; }

    /// <summary>A retired code stays readable on old data but is refused on new data.</summary>
    public bool IsRetired { get; private set; }

    public void Retire() => IsRetired = true;

    public void Rename(string label, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        Label = label.Trim();
        Description = description.Trim();
    }
}

public static class TaxonomyKinds
{
    /// <summary>The French name of each list, as used in messages and CSV columns.</summary>
    public static string ToLabel(this TaxonomyKind kind) => kind switch
    {
        TaxonomyKind.Stage => "étape",
        TaxonomyKind.Need => "besoin",
        TaxonomyKind.Public => "public",
        TaxonomyKind.OfferType => "type d'offre",
        TaxonomyKind.FinancialInstrument => "instrument financier",
        TaxonomyKind.Cost => "frais",
        TaxonomyKind.StructureKind => "type de structure",
        TaxonomyKind.DeclineReason => "motif de refus",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string ToPluralLabel(this TaxonomyKind kind) => kind switch
    {
        TaxonomyKind.Stage => "étapes",
        TaxonomyKind.Need => "besoins",
        TaxonomyKind.Public => "publics",
        TaxonomyKind.OfferType => "types d'offre",
        TaxonomyKind.FinancialInstrument => "instruments financiers",
        TaxonomyKind.Cost => "frais",
        TaxonomyKind.StructureKind => "types de structure",
        TaxonomyKind.DeclineReason => "motifs de refus",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Whether a French noun of that list takes "un" or "une" ("n'est pas une étape connue").</summary>
    public static bool IsFeminine(this TaxonomyKind kind) => kind is TaxonomyKind.Stage;

    /// <summary>"une étape connue", "un besoin connu": for messages.</summary>
    public static string WithArticle(this TaxonomyKind kind) =>
        kind == TaxonomyKind.Cost ? "une valeur de frais connue" : kind.IsFeminine() ? $"une {kind.ToLabel()} connue" : $"un {kind.ToLabel()} connu";
}
