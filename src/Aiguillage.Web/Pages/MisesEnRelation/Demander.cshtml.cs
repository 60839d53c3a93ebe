using Aiguillage.Catalogue;
using Aiguillage.Referrals;
using Aiguillage.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Aiguillage.Web.Pages.MisesEnRelation;

/// <summary>The request form of an offer: who will receive it is said before anything is sent; no account needed.</summary>
[EnableRateLimiting(ReferralRateLimit.Policy)]
public sealed class DemanderModel(SendReferral send, CatalogueProvider catalogue) : PageModel
{
    public ReferralTarget? Target { get; private set; }

    public TaxonomySnapshotHolder Labels { get; private set; } = new(null);

    public Dictionary<string, string> Errors { get; } = [];

    [BindProperty(SupportsGet = true, Name = "commune")]
    public string? Commune { get; set; }

    [BindProperty(SupportsGet = true, Name = "etape")]
    public string? Stage { get; set; }

    [BindProperty(SupportsGet = true, Name = "besoins")]
    public List<string> Needs { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "public")]
    public string? Audience { get; set; }

    [BindProperty(Name = "nom")]
    public string? Name { get; set; }

    [BindProperty(Name = "courriel")]
    public string? Email { get; set; }

    [BindProperty(Name = "telephone")]
    public string? Phone { get; set; }

    [BindProperty(Name = "message")]
    public string? Message { get; set; }

    [BindProperty(Name = "joindre_profil")]
    public bool AttachProfile { get; set; } = true;

    [BindProperty(Name = "consentement")]
    public bool Consent { get; set; }

    /// <summary>The honeypot: hidden from people, filled by robots.</summary>
    [BindProperty(Name = "site_web")]
    public string? Website { get; set; }

    public bool HasProfile => !string.IsNullOrWhiteSpace(Commune) || !string.IsNullOrWhiteSpace(Stage) || Needs.Count > 0 || !string.IsNullOrWhiteSpace(Audience);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Target = await send.TargetAsync(id, cancellationToken);
        if (Target is null)
        {
            return NotFound();
        }

        await LoadLabelsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        Target = await send.TargetAsync(id, cancellationToken);
        if (Target is null)
        {
            return NotFound();
        }

        if (!string.IsNullOrEmpty(Website))
        {
            // A robot filled the hidden field: nothing is stored or sent, and it is not told why.
            return RedirectToPage("/MisesEnRelation/Envoyee");
        }

        var result = await send.HandleAsync(
            new ReferralRequest(id, Name, Email, Phone, Message, AttachProfile ? Commune : null, AttachProfile ? Stage : null, AttachProfile ? Needs : [], AttachProfile ? Audience : null, Consent),
            cancellationToken);
        if (result.Sent is { } sent)
        {
            TempData["envoyee"] = sent.Recipient.Label;
            return Redirect($"/mises-en-relation/{sent.HolderToken}");
        }

        if (result.OfferNotFound)
        {
            return NotFound();
        }

        foreach (var error in result.Errors)
        {
            Errors.TryAdd(error.Field, error.Message);
        }

        if (result.NoRecipient)
        {
            Errors.TryAdd("destinataire", "Cette structure ne peut pas encore recevoir de demande par Aiguillage. Utilisez ses coordonnées ci-dessus.");
        }

        await LoadLabelsAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadLabelsAsync(CancellationToken cancellationToken) => Labels = new(await catalogue.GetAsync(cancellationToken));
}

/// <summary>The snapshot's référentiels and communes, for labels on the page.</summary>
public sealed record TaxonomySnapshotHolder(CatalogueSnapshot? Snapshot)
{
    public string Label(TaxonomyKind kind, string code) => Snapshot?.Taxonomy.Label(kind, code) ?? code;

    public string CommuneName(string code) => Snapshot?.Communes.Find(code) is { } c ? $"{c.Name} ({c.Code})" : code;
}
