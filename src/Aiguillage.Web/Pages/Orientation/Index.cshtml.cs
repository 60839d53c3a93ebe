using System.Text.RegularExpressions;
using Aiguillage.Catalogue;
using Aiguillage.Territories;
using Microsoft.AspNetCore.Mvc;

namespace Aiguillage.Web.Pages.Orientation;

/// <summary>Question 1: the commune, typed as a name or a postal code; several matches → the person chooses.</summary>
public sealed partial class IndexModel(CatalogueProvider catalogs, SearchTerritories searchTerritories) : StepModel(catalogs)
{
    public override int StepNumber => 1;

    public string? Place { get; private set; }

    public IReadOnlyList<CommuneEntry> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "lieu")] string? place, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Place = place?.Trim();
        if (!Sent)
        {
            return Page();
        }

        if (Commune is not null && InTerritory(Commune))
        {
            return Redirect(Answers.Url("/orientation/etape"));
        }

        if (string.IsNullOrEmpty(Place))
        {
            Errors["lieu"] = "Indiquez le nom de votre commune ou son code postal.";
            return Page();
        }

        // Embedded for a territory, only its communes are offered (the partner's site serves its territory).
        var found = await FindAsync(Place, cancellationToken);
        Choices = found.Where(InTerritory).ToList();
        if (Choices.Count == 1)
        {
            return Redirect((Answers with { Commune = Choices[0].Code }).Url("/orientation/etape"));
        }

        if (Choices.Count == 0 && found.Count > 0 && Answers.Embed?.Territory is { } territory)
        {
            Errors["lieu"] = $"« {Place} » n'est pas dans le territoire de ce questionnaire ({territory.Name}). Indiquez une commune de ce territoire, ou cherchez sur le site d'Aiguillage pour un autre territoire.";
        }
        else if (Choices.Count == 0)
        {
            Errors["lieu"] = $"Aucune commune ne correspond à « {Place} ». Vérifiez l'orthographe ou indiquez le code postal.";
        }
        else if (Request.Query.ContainsKey("choix"))
        {
            Errors["commune"] = "Choisissez votre commune dans la liste.";
        }

        return Page();
    }

    /// <summary>A postal code gives its communes; a name gives the exact match if there is only one, else the closest names.</summary>
    private async Task<IReadOnlyList<CommuneEntry>> FindAsync(string place, CancellationToken cancellationToken)
    {
        // The suggestion list writes "Guéret (23000)": keep the name, and the postal code to tell homonyms apart.
        var suggestion = SuggestionPattern().Match(place);
        if (suggestion.Success)
        {
            var name = SearchText.Normalize(suggestion.Groups["name"].Value);
            var sameName = Catalog.Communes.ByPostalCode(suggestion.Groups["postal"].Value).Where(c => SearchText.Normalize(c.Name) == name).ToList();
            if (sameName.Count > 0)
            {
                return sameName;
            }

            place = suggestion.Groups["name"].Value;
        }

        if (PostalCodePattern().IsMatch(place))
        {
            return Catalog.Communes.ByPostalCode(place);
        }

        var found = (await searchTerritories.HandleAsync(place, TerritoryLevel.Commune, Answers.Embed?.Territory is null ? 10 : 50, cancellationToken))
            .Select(t => Catalog.Communes.Find(t.Code))
            .OfType<CommuneEntry>()
            .ToList();
        var exact = found.Where(c => SearchText.Normalize(c.Name) == SearchText.Normalize(place)).ToList();
        return exact.Count == 1 ? exact : found;
    }

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex PostalCodePattern();

    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<postal>\d{5})\)$")]
    private static partial Regex SuggestionPattern();
}
