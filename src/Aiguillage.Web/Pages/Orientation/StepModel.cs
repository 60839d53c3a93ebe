using Aiguillage.Catalogue;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aiguillage.Web.Pages.Orientation;

/// <summary>What every step shares: the answers so far, the catalogue, the errors tied to fields.</summary>
public abstract class StepModel(CatalogueProvider catalogs) : PageModel
{
    public Answers Answers { get; private set; } = new(null, null, [], null, null);

    public CatalogueSnapshot Catalog { get; private set; } = null!;

    public TaxonomySnapshot Taxonomy => Catalog.Taxonomy;

    public CommuneEntry? Commune { get; private set; }

    /// <summary>Field id → French message; shown in a summary and next to the field.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public abstract int StepNumber { get; }

    /// <summary>Served under /integrer/orientation, in a partner's frame (ADR 019).</summary>
    public bool Embedded => Request.Path.StartsWithSegments("/integrer");

    /// <summary>The commune is in the partner's territory (always, outside the embed).</summary>
    protected bool InTerritory(CommuneEntry commune) => Answers.Embed?.Contains(commune) ?? true;

    /// <summary>Whether the person sent this step's form (rather than arriving on it).</summary>
    protected bool Sent => Request.Query.ContainsKey("envoye");

    protected async Task LoadAsync(CancellationToken cancellationToken)
    {
        Catalog = await catalogs.GetAsync(cancellationToken);
        Answers = Answers.From(Request.Query) with { Embed = Embedded ? EmbedSettings.From(Request.Query, Catalog) : null };
        Commune = Answers.Commune is null ? null : Catalog.Communes.Find(Answers.Commune);
        ViewData["Embed"] = Answers.Embed;
    }

    /// <summary>Sends the person back to the first step whose answer is missing or wrong.</summary>
    protected IActionResult? RequireEarlierSteps()
    {
        if (StepNumber > 1 && (Commune is null || !InTerritory(Commune)))
        {
            return Redirect(Answers.Start);
        }

        if (StepNumber > 2 && (Answers.Stage is null || !Taxonomy.IsUsable(TaxonomyKind.Stage, Answers.Stage)))
        {
            return Redirect(Answers.Url("/orientation/etape"));
        }

        if (StepNumber > 3 && Answers.Needs.Any(n => !Taxonomy.IsUsable(TaxonomyKind.Need, n)))
        {
            return Redirect(Answers.Url("/orientation/besoins"));
        }

        return null;
    }

    public string PageTitle(string title) => Errors.Count > 0 ? $"Erreur : {title}" : title;
}
