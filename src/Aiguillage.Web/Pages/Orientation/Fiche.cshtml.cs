using System.Globalization;
using Aiguillage.Catalogue;
using Aiguillage.Offers;
using Aiguillage.Orientation;
using Microsoft.AspNetCore.Mvc;

namespace Aiguillage.Web.Pages.Orientation;

/// <summary>
/// The printable orientation sheet (ADR 020): the profile, the offers the person ticked with their contact, how to apply
/// and why they fit, the next steps, the date and the sheet's permalink written out and as a QR code. A GET form chooses
/// the offers, so the sheet is a link like any other; print CSS makes the A4 document, no PDF library on the server.
/// </summary>
public sealed class FicheModel(CatalogueProvider catalogs, OrientProject orient) : StepModel(catalogs)
{
    /// <summary>Offers ticked by default when the person has not chosen yet: enough for one or two pages.</summary>
    public const int DefaultCount = 3;

    private const int MaxOffers = 30;

    public override int StepNumber => 5;

    public OrientationAnswer? Answer { get; private set; }

    /// <summary>The offers the person may put on the sheet: the results, the near matches, then any offer named in the address.</summary>
    public IReadOnlyList<SheetOffer> Candidates { get; private set; } = [];

    public IReadOnlyList<SheetOffer> Chosen { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public string Permalink { get; private set; } = "";

    public string QrCode { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Today = Catalog.Day;
        var named = Request.Query["offres"]
            .Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).Distinct().Take(MaxOffers).ToList();

        var candidates = new List<SheetOffer>();
        if (Answers.Commune is not null)
        {
            if (RequireEarlierSteps() is { } back)
            {
                return back;
            }

            // Printing the same answers again is not a new request for the territorial diagnosis: nothing is recorded.
            var (answer, problem) = await orient.HandleAsync(
                new OrientationQuery(Answers.Commune, null, Answers.Stage, Answers.Needs, Answers.Public, Answers.Text), recordFor: null, cancellationToken);
            if (problem is not null)
            {
                return Redirect(Answers.Url("/orientation/resultats"));
            }

            Answer = answer;
            candidates.AddRange(answer!.Result.Results.Select(r => new SheetOffer(r.Offer.View, r.Criteria, Missing: null)));
            candidates.AddRange(answer.Result.Alternatives.Select(a => new SheetOffer(a.Offer.View, a.Criteria, a.Explanation)));
        }

        // An offer named in the address but not among the results (the sheet opened from an offer's page): no reasons to give.
        foreach (var id in named.Where(id => candidates.All(c => c.Offer.Id != id)))
        {
            if (Catalog.Offer(id)?.View is { } offer)
            {
                candidates.Add(new SheetOffer(offer, [], Missing: null));
            }
        }

        Candidates = candidates;
        var choiceMade = Request.Query.ContainsKey("choix") || named.Count > 0;
        Chosen = choiceMade
            ? candidates.Where(c => named.Contains(c.Offer.Id)).ToList()
            : candidates.Where(c => c.Missing is null).Take(DefaultCount).ToList();

        Permalink = PublicUrl.Base(Request) + Answers.Url("/orientation/fiche", Chosen.Select(c => ("offres", (string?)c.Offer.Id.ToString(CultureInfo.InvariantCulture))).ToArray());
        QrCode = QrCodeSvg.Render(Permalink, "Code QR : le lien permanent de cette fiche");
        return Page();
    }

    public bool IsChosen(SheetOffer offer) => Chosen.Any(c => c.Offer.Id == offer.Offer.Id);

    /// <summary>The structure's own contact, for an offer that gives none of its own.</summary>
    public StructureEntry? StructureOf(OfferView offer) => Catalog.Structure(offer.Structure.Id);
}

/// <summary>An offer that may go on the sheet, with the reasons it fits (none when it was not ranked for this profile).</summary>
public sealed record SheetOffer(OfferView Offer, IReadOnlyList<CriterionResult> Reasons, string? Missing);
