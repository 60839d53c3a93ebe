using Aiguillage.Catalogue;
using Aiguillage.Mail;
using Aiguillage.Taxonomy;

namespace Aiguillage.Referrals;

/// <summary>The French mails of a mise en relation: to the recipient of the request and to the project holder.</summary>
internal sealed class ReferralMails(ReferralOptions options, CatalogueSnapshot catalogue)
{
    public string StatusLink(Referral r) => $"{options.PublicBaseUrl}/mises-en-relation/{r.HolderToken}";

    public string AnswerLink(Referral r) => $"{options.PublicBaseUrl}/mises-en-relation/repondre/{r.RecipientToken}";

    private string OfferLink(int offerId) => $"{options.PublicBaseUrl}/offres/{offerId}";

    private string OfferTitle(int offerId) => catalogue.Offer(offerId)?.Title ?? $"offre n° {offerId}";

    private string StructureName(int structureId) => catalogue.Structure(structureId)?.Name ?? $"structure n° {structureId}";

    /// <summary>To each address of the current recipient: the request, the project and the link to answer.</summary>
    public IEnumerable<MailContent> ToRecipient(Referral r, string kind, string? previousNote = null)
    {
        var reminder = kind == "mise-en-relation-relance";
        var subject = (reminder ? "Rappel : demande sans réponse — " : "Demande de mise en relation — ") + OfferTitle(r.OfferId);
        var lines = new List<string>
        {
            reminder
                ? $"La demande ci-dessous attend votre réponse depuis le {FrenchDate(r.HandedAtUtc)}. Sans réponse, elle expirera {options.ExpireAfterDays} jours après sa réception et la personne en sera informée."
                : $"{r.HolderName} souhaite être mis(e) en relation avec {StructureName(r.StructureId)} au sujet de l'offre {MailText.Quoted(OfferTitle(r.OfferId))} ({OfferLink(r.OfferId)}).",
        };
        if (r.RecipientKind == ReferralRecipientKind.Moderators)
        {
            lines.Add($"Vous recevez cette demande comme modérateur ou modératrice : {StructureName(r.StructureId)} n'a pas encore d'adresse pour recevoir les demandes sur Aiguillage. Transmettez-la à la structure, réorientez-la vers une autre offre, ou répondez-y.");
        }

        if (previousNote is not null)
        {
            lines.Add($"Note de la structure qui vous l'a transmise : {previousNote}");
        }

        lines.Add($"Nom : {r.HolderName}");
        lines.Add($"Adresse électronique : {r.HolderEmail}");
        if (r.HolderPhone is not null)
        {
            lines.Add($"Téléphone : {r.HolderPhone}");
        }

        lines.Add($"Le projet, en ses mots : {r.Message}");
        if (Profile(r) is { Length: > 0 } profile)
        {
            lines.Add($"Profil joint : {profile}");
        }

        lines.Add("Prenez en charge, refusez avec un motif ou réorientez cette demande depuis le lien ci-dessous ; la personne est prévenue à chaque étape. Ce lien est personnel : ne le transférez qu'à qui doit répondre.");
        foreach (var address in ReferralRecipients.Addresses(r.RecipientAddress))
        {
            yield return Compose(address, subject, lines, ("Répondre à la demande", AnswerLink(r)), kind);
        }
    }

    /// <summary>To the holder, at each change.</summary>
    public MailContent ToHolder(Referral r, string kind, string what)
    {
        var subject = kind switch
        {
            "mise-en-relation-envoyee" => "Votre demande de mise en relation est envoyée",
            _ => $"Votre demande de mise en relation : {ReferralRules.Label(r.Status).ToLowerInvariant()}",
        };
        var lines = new List<string>
        {
            what,
            "Vous pouvez suivre votre demande, voir son historique ou la retirer depuis le lien ci-dessous. Gardez-le : il est personnel et ne demande pas de compte.",
        };
        return Compose(r.HolderEmail, subject, lines, ("Suivre ma demande", StatusLink(r)), kind, $"Bonjour {r.HolderName},");
    }

    private string Profile(Referral r)
    {
        var parts = new List<string>();
        if (r.CommuneCode is not null && catalogue.Communes.Find(r.CommuneCode) is { } commune)
        {
            parts.Add($"commune : {commune.Name} ({r.CommuneCode})");
        }

        if (r.Stage is not null)
        {
            parts.Add($"étape : {catalogue.Taxonomy.Label(TaxonomyKind.Stage, r.Stage)}");
        }

        if (r.Needs.Count > 0)
        {
            parts.Add($"besoins : {string.Join(", ", r.Needs.Select(n => catalogue.Taxonomy.Label(TaxonomyKind.Need, n)))}");
        }

        if (r.Public is not null)
        {
            parts.Add($"forme : {catalogue.Taxonomy.Label(TaxonomyKind.Public, r.Public)}");
        }

        return string.Join(" ; ", parts);
    }

    public static string FrenchDate(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, CatalogueClock.Paris)).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));

    private static MailContent Compose(string to, string subject, IReadOnlyList<string> paragraphs, (string Label, string Url)? action, string kind, string greeting = "Bonjour,") =>
        new MailTemplate(kind, subject)
        {
            Greeting = greeting,
            Paragraphs = paragraphs,
            Action = action is { } a ? new MailAction(a.Label, new Uri(a.Url)) : null,
        }.To(to);

    /// <summary>To each address of the current recipient, when the holder withdraws: nothing more to answer.</summary>
    public IEnumerable<MailContent> WithdrawnToRecipient(Referral r) =>
        ReferralRecipients.Addresses(r.RecipientAddress).Select(address => Compose(address, $"Demande retirée — {OfferTitle(r.OfferId)}",
            [$"{r.HolderName} a retiré sa demande de mise en relation au sujet de l'offre {MailText.Quoted(OfferTitle(r.OfferId))}. Vous n'avez plus à y répondre."],
            null, "mise-en-relation-retiree"));
}
