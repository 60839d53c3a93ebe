using Aiguillage.Catalogue;
using Aiguillage.Orientation;
using Aiguillage.Taxonomy;
using Microsoft.AspNetCore.Mvc;

namespace Aiguillage.Web.Pages.Orientation;

/// <summary>The explained results, with filters to refine what is shown (type, frais, besoin) and a permalink.</summary>
public sealed class ResultatsModel(CatalogueProvider catalogs, OrientProject orient, Pathways.ReadChains chains) : StepModel(catalogs)
{
    public override int StepNumber => 5;

    public OrientationAnswer? Answer { get; private set; }

    public IReadOnlyList<RankedOffer> Shown { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? TypeFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "frais")]
    public string? CostFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "besoin")]
    public string? NeedFilter { get; set; }

    /// <summary>The published chains of support (parcours) of the person's territory.</summary>
    public IReadOnlyList<Pathways.ShownChain> Chains { get; private set; } = [];

    public bool Filtered => TypeFilter is not null || CostFilter is not null || NeedFilter is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (RequireEarlierSteps() is { } back)
        {
            return back;
        }

        TypeFilter = Known(TaxonomyKind.OfferType, TypeFilter);
        CostFilter = Known(TaxonomyKind.Cost, CostFilter);
        NeedFilter = Known(TaxonomyKind.Need, NeedFilter);

        // Refining the same answers is not a new request for the territorial diagnosis.
        var (answer, problem) = await orient.HandleAsync(
            new OrientationQuery(Answers.Commune, null, Answers.Stage, Answers.Needs, Answers.Public, Answers.Text), recordFor: Filtered ? null : ClientKey.Of(HttpContext), cancellationToken);
        if (problem is not null)
        {
            return Redirect(Answers.Url(problem.Parameter switch
            {
                "etape" => "/orientation/etape",
                "besoins" => "/orientation/besoins",
                "public" or "q" => "/orientation/forme",
                _ => "/orientation",
            }));
        }

        Answer = answer;
        Chains = await chains.ForCommuneAsync(answer!.Commune.Location, cancellationToken);
        // The refinements are the catalogue's own filters, as on the annuaire.
        var refine = new CatalogueFilter(Need: NeedFilter, Type: TypeFilter, Cost: CostFilter);
        Shown = answer!.Result.Results.Where(r => refine.Accepts(r.Offer.View)).ToList();
        return Page();
    }

    /// <summary>The results on the site itself, also from the embed: the link is for keeping and sharing, outside the partner's frame.</summary>
    public string Permalink => PublicUrl.Base(Request) + (Answers with { Embed = null }).Url("/orientation/resultats", ("type", TypeFilter), ("frais", CostFilter), ("besoin", NeedFilter));

    private string? Known(TaxonomyKind kind, string? code) => code is not null && Taxonomy.IsUsable(kind, code) ? code : null;
}
