using Aiguillage.Catalogue;
using Aiguillage.Taxonomy;

namespace Aiguillage.Referrals;

/// <summary>One step of the history, as people read it.</summary>
public sealed record ReferralStepView(DateTime AtUtc, string Code, string Sentence, string? ReasonCode, string? ReasonLabel, string? Note);

/// <summary>A request as its holder sees it: no other party's personal data.</summary>
public sealed record ReferralStatusView(
    int Id,
    ReferralStatus Status,
    string StatusCode,
    string StatusLabel,
    int OfferId,
    string OfferTitle,
    int StructureId,
    string StructureName,
    string RecipientLabel,
    DateTime CreatedAtUtc,
    DateTime UpdatedAtUtc,
    bool CanWithdraw,
    bool Anonymised,
    int Version,
    IReadOnlyList<ReferralStepView> History);

/// <summary>A request as its current recipient sees it: the holder's details and project, and what they can do.</summary>
public sealed record ReferralInboxView(
    ReferralStatusView Status,
    string HolderName,
    string HolderEmail,
    string? HolderPhone,
    string Message,
    string? CommuneCode,
    string? CommuneName,
    string? StageLabel,
    IReadOnlyList<string> NeedLabels,
    string? PublicLabel,
    bool CanAnswer,
    bool CanClose,
    bool CanRedirect,
    string? LastRedirectNote);

internal static class ReferralViews
{
    public static ReferralStatusView Status(Referral r, CatalogueSnapshot catalogue, bool forHolder) => new(
        r.Id,
        r.Status,
        ReferralRules.Code(r.Status),
        ReferralRules.Label(r.Status),
        r.OfferId,
        OfferTitle(catalogue, r.OfferId),
        r.StructureId,
        StructureName(catalogue, r.StructureId),
        r.RecipientLabel,
        r.CreatedAtUtc,
        r.UpdatedAtUtc,
        ReferralRules.CanWithdraw(r.Status) && r.AnonymisedAtUtc is null,
        r.AnonymisedAtUtc is not null,
        r.Version,
        r.Events.OrderBy(e => e.AtUtc).ThenBy(e => e.Id).Select(e => Step(e, catalogue, forHolder)).ToList());

    public static ReferralInboxView Inbox(Referral r, CatalogueSnapshot catalogue)
    {
        var commune = r.CommuneCode is null ? null : catalogue.Communes.Find(r.CommuneCode);
        return new ReferralInboxView(
            Status(r, catalogue, forHolder: false),
            r.HolderName,
            r.HolderEmail,
            r.HolderPhone,
            r.Message,
            r.CommuneCode,
            commune?.Name,
            r.Stage is null ? null : catalogue.Taxonomy.Label(TaxonomyKind.Stage, r.Stage),
            r.Needs.Select(n => catalogue.Taxonomy.Label(TaxonomyKind.Need, n)).ToList(),
            r.Public is null ? null : catalogue.Taxonomy.Label(TaxonomyKind.Public, r.Public),
            ReferralRules.AwaitsAnswer(r.Status) && r.AnonymisedAtUtc is null,
            ReferralRules.CanClose(r.Status) && r.AnonymisedAtUtc is null,
            ReferralRules.CanRedirect(r.Status) && r.AnonymisedAtUtc is null,
            r.Events.Where(e => e.Kind == ReferralEventKind.Redirected).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).LastOrDefault()?.Note);
    }

    private static ReferralStepView Step(ReferralEvent e, CatalogueSnapshot catalogue, bool forHolder)
    {
        var structure = StructureName(catalogue, e.StructureId);
        var reason = e.ReasonCode is null ? null : catalogue.Taxonomy.Label(TaxonomyKind.DeclineReason, e.ReasonCode);
        var sentence = e.Kind switch
        {
            ReferralEventKind.Sent => $"Demande envoyée à {structure} au sujet de l'offre « {OfferTitle(catalogue, e.OfferId)} ».",
            ReferralEventKind.Accepted => $"{structure} prend en charge la demande et va recontacter le porteur de projet.",
            ReferralEventKind.Declined => $"{structure} ne peut pas donner suite : {reason}.",
            ReferralEventKind.Redirected => $"{structure} réoriente la demande vers {StructureName(catalogue, e.TargetStructureId ?? 0)} (offre « {OfferTitle(catalogue, e.TargetOfferId ?? 0)} »).",
            ReferralEventKind.Closed => $"{structure} clôture la demande.",
            ReferralEventKind.Withdrawn => forHolder ? "Vous avez retiré la demande." : "Le porteur de projet a retiré la demande.",
            ReferralEventKind.Reminded => $"Rappel envoyé à {structure}, qui n'avait pas encore répondu.",
            ReferralEventKind.Expired => $"La demande a expiré sans réponse de {structure}.",
            _ => e.Kind.ToString(),
        };
        return new ReferralStepView(e.AtUtc, ReferralRules.Code(e.Kind), sentence, e.ReasonCode, reason, e.Note);
    }

    private static string OfferTitle(CatalogueSnapshot catalogue, int id) => catalogue.Offer(id)?.Title ?? $"offre n° {id} (plus publiée)";

    private static string StructureName(CatalogueSnapshot catalogue, int id) => catalogue.Structure(id)?.Name ?? $"la structure n° {id}";
}
