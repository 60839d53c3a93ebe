using Aiguillage.Taxonomy;

namespace Aiguillage.Web.Pages.Espace;

/// <summary>A text field of a fiche's form (a textarea when Rows is set), with its error and hint.</summary>
public sealed record FicheInput(string Name, string Label, string Value, IReadOnlyDictionary<string, string> Errors, int? Max = null, int? Rows = null, string Type = "text", bool Required = false, string? Hint = null);

/// <summary>A group of checkboxes for the codes of a référentiel; the first box carries the field's id, for the error summary's link.</summary>
public sealed record FicheChoices(string Name, string Legend, IReadOnlyList<TaxonomyTerm> Terms, IReadOnlyList<string> Checked, IReadOnlyDictionary<string, string> Errors, bool Required = false);
