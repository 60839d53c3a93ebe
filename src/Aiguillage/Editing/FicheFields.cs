using C = Aiguillage.Offers.OfferCsv.Columns;

namespace Aiguillage.Editing;

/// <summary>
/// The fields of a fiche as its form shows them (the CSV format's column names), which ones a member may change, their
/// French labels, and the two rules of a change: what differs (for the history) and how a proposal merges into what was
/// published since it started (a three-way merge: a field both changed differently is a conflict, never overwritten).
/// </summary>
public static class FicheFields
{
    /// <summary>The offer's fields a member edits; the others (status, dates of evidence, source date) are kept as they are.</summary>
    public static IReadOnlyList<string> OfferEditable { get; } =
    [
        C.Title, C.Description, C.Types, C.Instruments, C.Stages, C.Needs, C.Publics, C.Zones, C.PartialZones, C.Cost,
        C.CostDetails, C.Conditions, C.HowToApply, C.ApplicationUrl, C.Email, C.Phone, C.Duration, C.EndsOn, C.Sources, C.Dispositif,
    ];

    public static IReadOnlyList<string> StructureEditable { get; } =
    [
        C.StructureName, C.StructureKinds, C.StructureSiret, C.StructureCommune, C.StructureWebsite, C.StructureEmail,
        C.StructurePhone, C.StructureDescription, C.StructureSources,
    ];

    public static IReadOnlyList<string> Editable(FicheKind kind) => kind == FicheKind.Offer ? OfferEditable : StructureEditable;

    public static string Label(string field) => field switch
    {
        C.Title => "Intitulé",
        C.Description => "Description",
        C.Types => "Types d'accompagnement",
        C.Instruments => "Instruments financiers",
        C.Stages => "Étapes du projet",
        C.Needs => "Besoins couverts",
        C.Publics => "Publics",
        C.Zones => "Territoires couverts",
        C.PartialZones => "Couverture partielle des territoires",
        C.Cost => "Frais",
        C.CostDetails => "Précisions sur les frais",
        C.Conditions => "Conditions",
        C.HowToApply => "Comment en bénéficier",
        C.ApplicationUrl => "Lien pour candidater",
        C.Email => "Courriel de contact",
        C.Phone => "Téléphone de contact",
        C.Duration => "Durée",
        C.EndsOn => "Date de fin",
        C.Sources => "Pages sources",
        C.Dispositif => "Dispositif",
        C.Status => "Statut",
        C.VerifiedOn => "Vérifiée le",
        C.StructureName => "Nom",
        C.StructureKinds => "Types de structure",
        C.StructureSiret => "SIRET",
        C.StructureCommune => "Commune (code INSEE)",
        C.StructureWebsite => "Site web",
        C.StructureEmail => "Courriel public",
        C.StructurePhone => "Téléphone",
        C.StructureDescription => "Présentation",
        C.StructureSources => "Pages sources",
        _ => field,
    };

    /// <summary>The fields whose value differs, in the form's order then the others.</summary>
    public static IReadOnlyList<FieldChange> Diff(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        var order = OfferEditable.Concat(StructureEditable).ToList();
        return before.Keys.Union(after.Keys)
            .OrderBy(k => order.IndexOf(k) is var i and >= 0 ? i : int.MaxValue).ThenBy(k => k, StringComparer.Ordinal)
            .Select(k => (Key: k, Before: before.GetValueOrDefault(k) ?? "", After: after.GetValueOrDefault(k) ?? ""))
            .Where(x => x.Before != x.After)
            .Select(x => new FieldChange(x.Key, Label(x.Key), x.Before, x.After))
            .ToList();
    }

    /// <summary>
    /// Takes the proposal's changes (proposed against its base) onto the current fiche. A field changed on both sides to
    /// different values is listed in <paramref name="conflicts"/> and keeps the current value.
    /// </summary>
    public static Dictionary<string, string> Merge(
        IReadOnlyDictionary<string, string> baseFields,
        IReadOnlyDictionary<string, string> current,
        IReadOnlyDictionary<string, string> proposed,
        out IReadOnlyList<FieldChange> conflicts)
    {
        var merged = new Dictionary<string, string>(current, StringComparer.Ordinal);
        var found = new List<FieldChange>();
        foreach (var (field, value) in proposed)
        {
            var original = baseFields.GetValueOrDefault(field) ?? "";
            var now = current.GetValueOrDefault(field) ?? "";
            if (value == original || value == now)
            {
                continue;
            }

            if (now != original)
            {
                found.Add(new FieldChange(field, Label(field), now, value));
                continue;
            }

            merged[field] = value;
        }

        conflicts = found;
        return merged;
    }

    /// <summary>The form's values for the editable fields laid over the fiche's full fields (the others stay as they are).</summary>
    public static Dictionary<string, string> Overlay(FicheKind kind, IReadOnlyDictionary<string, string> full, IReadOnlyDictionary<string, string> posted)
    {
        var result = new Dictionary<string, string>(full, StringComparer.Ordinal);
        foreach (var field in Editable(kind))
        {
            result[field] = Normalize(posted.GetValueOrDefault(field));
        }

        return result;
    }

    /// <summary>Line breaks become the list separator (sources are typed one per line), and spaces are trimmed.</summary>
    private static string Normalize(string? value) => (value ?? "").Trim();
}
