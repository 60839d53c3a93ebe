using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.Mail;
using Aiguillage.Taxonomy;

namespace Aiguillage.Referrals;

/// <summary>What a project holder fills in (the form or the API). Field names in errors are the API's.</summary>
public sealed record ReferralRequest(
    int OfferId,
    string? Name,
    string? Email,
    string? Phone,
    string? Message,
    string? Commune,
    string? Stage,
    IReadOnlyList<string> Needs,
    string? Public,
    bool Consent);

/// <summary>A field the holder must correct, with the message shown beside it.</summary>
public sealed record ReferralFieldError(string Field, string Message);

public sealed record SentReferral(int Id, string HolderToken, ReferralRecipient Recipient);

public sealed record SendReferralResult(SentReferral? Sent, IReadOnlyList<ReferralFieldError> Errors, bool OfferNotFound, bool NoRecipient);

/// <summary>The offer a holder wants to contact, and who would receive the request (null when nobody can yet).</summary>
public sealed record ReferralTarget(CatalogueOffer Offer, ReferralRecipient? Recipient);

/// <summary>
/// Sends a mise en relation: checks the form, finds who receives it (ReferralRecipients), stores it with its first event
/// and the mails to the recipient and to the holder, in one save.
/// </summary>
public sealed class SendReferral(AppDbContext db, CatalogueProvider catalogue, ReferralOptions options, IModeratorDirectory accounts, TimeProvider clock)
{
    /// <summary>For the form: the offer, if visible today, and who would receive the request.</summary>
    public async Task<ReferralTarget?> TargetAsync(int offerId, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        return snapshot.Offer(offerId) is { } offer ? new ReferralTarget(offer, ReferralRecipients.Resolve(snapshot, offer, await ModeratorsAsync(options, accounts, cancellationToken))) : null;
    }

    public async Task<SendReferralResult> HandleAsync(ReferralRequest request, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        if (snapshot.Offer(request.OfferId) is not { } offer)
        {
            return new SendReferralResult(null, [], OfferNotFound: true, NoRecipient: false);
        }

        var errors = Validate(request, snapshot);
        if (errors.Count > 0)
        {
            return new SendReferralResult(null, errors, false, false);
        }

        if (ReferralRecipients.Resolve(snapshot, offer, await ModeratorsAsync(options, accounts, cancellationToken)) is not { } recipient)
        {
            return new SendReferralResult(null, [], false, NoRecipient: true);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var draft = new ReferralDraft(
            offer.Id,
            offer.View.Structure.Id,
            request.Name!.Trim(),
            request.Email!.Trim(),
            string.IsNullOrWhiteSpace(request.Phone) ? null : request.Phone.Trim(),
            request.Message!.Trim(),
            Blank(request.Commune),
            Blank(request.Stage),
            request.Needs.Distinct().ToList(),
            Blank(request.Public),
            ReferralRules.ConsentText);
        var referral = new Referral(draft, ReferralRules.NewToken(), ReferralRules.NewToken(), recipient, now);
        referral.Events.Add(new ReferralEvent(ReferralEventKind.Sent, now, offer.View.Structure.Id, offer.Id));
        db.Referrals.Add(referral);

        var mails = new ReferralMails(options, snapshot);
        foreach (var mail in mails.ToRecipient(referral, "mise-en-relation-recue"))
        {
            MailOutbox.Enqueue(db, mail, now);
        }

        MailOutbox.Enqueue(db, mails.ToHolder(referral, "mise-en-relation-envoyee",
            $"Votre demande au sujet de l'offre « {offer.Title} » a été envoyée à {recipient.Label}. Sans réponse sous {options.ReminderAfterDays} jours, un rappel lui est adressé ; après {options.ExpireAfterDays} jours, la demande expire et vous en êtes prévenu(e)."), now);
        await db.SaveChangesAsync(cancellationToken);
        return new SendReferralResult(new SentReferral(referral.Id, referral.HolderToken, recipient), [], false, false);
    }

    private static List<ReferralFieldError> Validate(ReferralRequest r, CatalogueSnapshot snapshot)
    {
        var errors = new List<ReferralFieldError>();
        var name = r.Name?.Trim() ?? "";
        if (name.Length < 2 || name.Length > ReferralRules.NameMax || name.Any(char.IsControl))
        {
            errors.Add(new("nom", $"Indiquez votre nom (2 à {ReferralRules.NameMax} caractères)."));
        }

        if (!Mail.EmailAddresses.IsValid(r.Email?.Trim() ?? ""))
        {
            errors.Add(new("courriel", "Indiquez une adresse électronique valide, par exemple nom@exemple.fr : la structure vous répondra à cette adresse."));
        }

        if (!string.IsNullOrWhiteSpace(r.Phone) && !ReferralRules.IsPhone(r.Phone.Trim()))
        {
            errors.Add(new("telephone", "Le numéro de téléphone ne peut contenir que des chiffres (6 à 20), des espaces, des points, des tirets et un « + » au début."));
        }

        var message = r.Message?.Trim() ?? "";
        if (message.Length < ReferralRules.MessageMin || message.Length > ReferralRules.MessageMax)
        {
            errors.Add(new("message", $"Présentez votre projet en {ReferralRules.MessageMin} à {ReferralRules.MessageMax} caractères (vous en avez écrit {message.Length})."));
        }

        if (!string.IsNullOrWhiteSpace(r.Commune) && snapshot.Communes.Find(r.Commune.Trim()) is null)
        {
            errors.Add(new("commune", $"« {r.Commune} » n'est pas un code de commune connu (code INSEE à 5 caractères)."));
        }

        if (!string.IsNullOrWhiteSpace(r.Stage) && !snapshot.Taxonomy.IsUsable(TaxonomyKind.Stage, r.Stage.Trim()))
        {
            errors.Add(new("etape", $"« {r.Stage} » n'est pas une étape connue. Valeurs acceptées : {snapshot.Taxonomy.AcceptedCodes(TaxonomyKind.Stage)}."));
        }

        foreach (var need in r.Needs.Where(n => !snapshot.Taxonomy.IsUsable(TaxonomyKind.Need, n)))
        {
            errors.Add(new("besoins", $"« {need} » n'est pas un besoin connu. Valeurs acceptées : {snapshot.Taxonomy.AcceptedCodes(TaxonomyKind.Need)}."));
        }

        if (!string.IsNullOrWhiteSpace(r.Public) && !snapshot.Taxonomy.IsUsable(TaxonomyKind.Public, r.Public.Trim()))
        {
            errors.Add(new("public", $"« {r.Public} » n'est pas un public connu. Valeurs acceptées : {snapshot.Taxonomy.AcceptedCodes(TaxonomyKind.Public)}."));
        }

        if (!r.Consent)
        {
            errors.Add(new("consentement", "Cochez la case d'accord : sans elle, vos coordonnées ne peuvent pas être transmises à la structure."));
        }

        return errors;
    }

    /// <summary>The moderators named in the settings and those with an account.</summary>
    internal static async Task<IReadOnlyList<ModeratorContact>> ModeratorsAsync(ReferralOptions options, IModeratorDirectory accounts, CancellationToken cancellationToken) =>
        [.. options.Moderators, .. await accounts.ModeratorsAsync(cancellationToken)];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
