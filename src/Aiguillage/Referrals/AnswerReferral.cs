using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.Mail;
using Aiguillage.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Referrals;

public enum ReferralActionOutcome
{
    Done,

    /// <summary>No request behind this link (unknown, or the request moved on to another structure).</summary>
    NotFound,

    /// <summary>Someone else changed the request since the page was shown, or its status no longer allows the action.</summary>
    Conflict,

    /// <summary>A field must be corrected (see the errors).</summary>
    Invalid,
}

public sealed record ReferralActionResult(ReferralActionOutcome Outcome, IReadOnlyList<ReferralFieldError> Errors, string? Message = null)
{
    public static ReferralActionResult Done { get; } = new(ReferralActionOutcome.Done, []);

    public static ReferralActionResult NotFound { get; } = new(ReferralActionOutcome.NotFound, []);

    public static ReferralActionResult Conflict(string message) => new(ReferralActionOutcome.Conflict, [], message);

    public static ReferralActionResult Invalid(params ReferralFieldError[] errors) => new(ReferralActionOutcome.Invalid, errors);
}

/// <summary>
/// What the recipient of a request does through its private link: take it on, decline it with a reason, hand it to
/// another offer, close it; and what the holder does through theirs: read its status, withdraw it. Each change records
/// an event and queues the mails in the same save; the version the page showed guards against lost updates.
/// </summary>
public sealed class AnswerReferral(AppDbContext db, CatalogueProvider catalogue, ReferralOptions options, IModeratorDirectory accounts, TimeProvider clock)
{
    private const string ChangedMessage = "La demande a changé depuis l'affichage de cette page (une autre personne y a répondu, ou le porteur l'a retirée). Voici son état actuel ; rien n'a été enregistré.";

    public async Task<ReferralStatusView?> ForHolderAsync(string? holderToken, CancellationToken cancellationToken)
    {
        var referral = await ByHolderAsync(holderToken, cancellationToken);
        return referral is null ? null : ReferralViews.Status(referral, await catalogue.GetAsync(cancellationToken), forHolder: true);
    }

    public async Task<ReferralInboxView?> ForRecipientAsync(string? recipientToken, CancellationToken cancellationToken)
    {
        var referral = await ByRecipientAsync(recipientToken, cancellationToken);
        return referral is null ? null : ReferralViews.Inbox(referral, await catalogue.GetAsync(cancellationToken));
    }

    /// <summary>Offers a recipient may hand the request to: visible today, of another structure, available where the holder is (or anywhere when no commune was given), that can receive requests.</summary>
    public async Task<IReadOnlyList<CatalogueOffer>> RedirectChoicesAsync(string? recipientToken, CancellationToken cancellationToken)
    {
        var referral = await ByRecipientAsync(recipientToken, cancellationToken);
        if (referral is null)
        {
            return [];
        }

        var snapshot = await catalogue.GetAsync(cancellationToken);
        var moderators = await SendReferral.ModeratorsAsync(options, accounts, cancellationToken);
        var availableThere = referral.CommuneCode is null ? null : CatalogueRules.AvailableIn(snapshot, Territories.TerritoryLevel.Commune, referral.CommuneCode);
        return snapshot.Offers
            .Where(o => o.View.Structure.Id != referral.StructureId && (availableThere is null || availableThere(o)))
            .Where(o => referral.Stage is null || CatalogueRules.ServesStage(o.Stages, referral.Stage))
            .Where(o => ReferralRecipients.Resolve(snapshot, o, moderators) is not null)
            .OrderBy(o => o.View.Structure.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true))
            .ThenBy(o => o.Title)
            .ToList();
    }

    public Task<ReferralActionResult> AcceptAsync(string? recipientToken, int version, CancellationToken cancellationToken) =>
        ActAsync(recipientToken, version, ReferralRules.AwaitsAnswer, (r, snapshot, mails, now) =>
        {
            r.Answered(now);
            r.SetStatus(ReferralStatus.Accepted, now);
            r.Events.Add(new ReferralEvent(ReferralEventKind.Accepted, now, r.StructureId, r.OfferId));
            MailOutbox.Enqueue(db, mails.ToHolder(r, "mise-en-relation-prise-en-charge",
                $"{Name(snapshot, r.StructureId)} prend en charge votre demande au sujet de l'offre « {Title(snapshot, r.OfferId)} » et va vous recontacter."), now);
            return null;
        }, cancellationToken);

    public Task<ReferralActionResult> DeclineAsync(string? recipientToken, int version, string? reasonCode, string? note, CancellationToken cancellationToken) =>
        ActAsync(recipientToken, version, ReferralRules.AwaitsAnswer, (r, snapshot, mails, now) =>
        {
            if (string.IsNullOrWhiteSpace(reasonCode) || !snapshot.Taxonomy.IsUsable(TaxonomyKind.DeclineReason, reasonCode))
            {
                return ReferralActionResult.Invalid(new ReferralFieldError("motif", $"Choisissez un motif dans la liste. Valeurs acceptées : {snapshot.Taxonomy.AcceptedCodes(TaxonomyKind.DeclineReason)}."));
            }

            if (NoteError(note, required: reasonCode == "autre") is { } error)
            {
                return ReferralActionResult.Invalid(error);
            }

            r.Answered(now);
            r.SetStatus(ReferralStatus.Declined, now);
            r.Events.Add(new ReferralEvent(ReferralEventKind.Declined, now, r.StructureId, r.OfferId, reasonCode: reasonCode, note: Clean(note)));
            var reason = snapshot.Taxonomy.Label(TaxonomyKind.DeclineReason, reasonCode);
            MailOutbox.Enqueue(db, mails.ToHolder(r, "mise-en-relation-refusee",
                $"{Name(snapshot, r.StructureId)} ne peut pas donner suite à votre demande au sujet de l'offre « {Title(snapshot, r.OfferId)} ». Motif : {reason}."
                + (Clean(note) is { } n ? $" Sa note : {n}" : "")
                + $" D'autres offres peuvent convenir à votre projet : {options.PublicBaseUrl}/orientation"), now);
            return null;
        }, cancellationToken);

    public async Task<ReferralActionResult> RedirectAsync(string? recipientToken, int version, int targetOfferId, string? note, CancellationToken cancellationToken)
    {
        var moderators = await SendReferral.ModeratorsAsync(options, accounts, cancellationToken);
        return await ActAsync(recipientToken, version, ReferralRules.CanRedirect, (r, snapshot, mails, now) =>
        {
            if (snapshot.Offer(targetOfferId) is not { } target)
            {
                return ReferralActionResult.Invalid(new ReferralFieldError("offreId", $"L'offre n° {targetOfferId} n'est pas publiée aujourd'hui : choisissez une offre de la liste."));
            }

            if (target.View.Structure.Id == r.StructureId)
            {
                return ReferralActionResult.Invalid(new ReferralFieldError("offreId", "Choisissez l'offre d'une autre structure : la demande est déjà chez vous."));
            }

            if (ReferralRecipients.Resolve(snapshot, target, moderators) is not { } recipient)
            {
                return ReferralActionResult.Invalid(new ReferralFieldError("offreId", $"{target.View.Structure.Name} ne peut pas encore recevoir de demande (ni adresse publique ni modération pour son territoire) : choisissez une autre offre."));
            }

            if (NoteError(note, required: true) is { } error)
            {
                return ReferralActionResult.Invalid(error);
            }

            var from = r.StructureId;
            var fromOffer = r.OfferId;
            r.Answered(now);
            r.Events.Add(new ReferralEvent(ReferralEventKind.Redirected, now, from, fromOffer, target.View.Structure.Id, target.Id, note: Clean(note)));
            r.HandTo(target.Id, target.View.Structure.Id, recipient, ReferralRules.NewToken(), now);
            foreach (var mail in mails.ToRecipient(r, "mise-en-relation-recue", previousNote: Clean(note)))
            {
                MailOutbox.Enqueue(db, mail, now);
            }

            MailOutbox.Enqueue(db, mails.ToHolder(r, "mise-en-relation-reorientee",
                $"{Name(snapshot, from)} a transmis votre demande à {target.View.Structure.Name}, pour l'offre « {target.Title} », avec cette note : {Clean(note)}"), now);
            return null;
        }, cancellationToken);
    }

    public Task<ReferralActionResult> CloseAsync(string? recipientToken, int version, string? note, CancellationToken cancellationToken) =>
        ActAsync(recipientToken, version, ReferralRules.CanClose, (r, snapshot, mails, now) =>
        {
            if (NoteError(note, required: false) is { } error)
            {
                return ReferralActionResult.Invalid(error);
            }

            r.SetStatus(ReferralStatus.Closed, now);
            r.Events.Add(new ReferralEvent(ReferralEventKind.Closed, now, r.StructureId, r.OfferId, note: Clean(note)));
            MailOutbox.Enqueue(db, mails.ToHolder(r, "mise-en-relation-cloturee",
                $"{Name(snapshot, r.StructureId)} a clôturé votre demande au sujet de l'offre « {Title(snapshot, r.OfferId)} »." + (Clean(note) is { } n ? $" Sa note : {n}" : "")), now);
            return null;
        }, cancellationToken);

    /// <summary>The holder withdraws: the structure that holds it is told.</summary>
    public async Task<ReferralActionResult> WithdrawAsync(string? holderToken, int version, CancellationToken cancellationToken)
    {
        var referral = await ByHolderAsync(holderToken, cancellationToken);
        return referral is null
            ? ReferralActionResult.NotFound
            : await ApplyAsync(referral, version, ReferralRules.CanWithdraw, (r, snapshot, mails, now) =>
            {
                r.SetStatus(ReferralStatus.Closed, now);
                r.Events.Add(new ReferralEvent(ReferralEventKind.Withdrawn, now, r.StructureId, r.OfferId));
                foreach (var mail in mails.WithdrawnToRecipient(r))
                {
                    MailOutbox.Enqueue(db, mail, now);
                }

                MailOutbox.Enqueue(db, mails.ToHolder(r, "mise-en-relation-retiree", "Vous avez retiré votre demande ; la structure en est informée."), now);
                return null;
            }, cancellationToken);
    }

    private async Task<ReferralActionResult> ActAsync(string? recipientToken, int version, Func<ReferralStatus, bool> allowed, Func<Referral, CatalogueSnapshot, ReferralMails, DateTime, ReferralActionResult?> change, CancellationToken cancellationToken)
    {
        var referral = await ByRecipientAsync(recipientToken, cancellationToken);
        return referral is null ? ReferralActionResult.NotFound : await ApplyAsync(referral, version, allowed, change, cancellationToken);
    }

    private async Task<ReferralActionResult> ApplyAsync(Referral referral, int version, Func<ReferralStatus, bool> allowed, Func<Referral, CatalogueSnapshot, ReferralMails, DateTime, ReferralActionResult?> change, CancellationToken cancellationToken)
    {
        if (referral.Version != version || !allowed(referral.Status) || referral.AnonymisedAtUtc is not null)
        {
            return ReferralActionResult.Conflict(ChangedMessage);
        }

        var snapshot = await catalogue.GetAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (change(referral, snapshot, new ReferralMails(options, snapshot), now) is { } refused)
        {
            return refused;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ReferralActionResult.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            return ReferralActionResult.Conflict(ChangedMessage);
        }
    }

    private async Task<Referral?> ByHolderAsync(string? token, CancellationToken cancellationToken) =>
        ReferralRules.LooksLikeToken(token)
            ? await db.Referrals.Include(r => r.Events).SingleOrDefaultAsync(r => r.HolderToken == token, cancellationToken)
            : null;

    private async Task<Referral?> ByRecipientAsync(string? token, CancellationToken cancellationToken) =>
        ReferralRules.LooksLikeToken(token)
            ? await db.Referrals.Include(r => r.Events).SingleOrDefaultAsync(r => r.RecipientToken == token, cancellationToken)
            : null;

    private static ReferralFieldError? NoteError(string? note, bool required)
    {
        var clean = Clean(note);
        if (required && clean is null)
        {
            return new ReferralFieldError("note", "Écrivez une note : elle explique votre réponse au porteur de projet (et, pour une réorientation, à la structure suivante).");
        }

        return clean is { Length: > ReferralRules.NoteMax }
            ? new ReferralFieldError("note", $"La note est limitée à {ReferralRules.NoteMax} caractères (vous en avez écrit {clean.Length}).")
            : null;
    }

    private static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    private static string Name(CatalogueSnapshot s, int structureId) => s.Structure(structureId)?.Name ?? $"La structure n° {structureId}";

    private static string Title(CatalogueSnapshot s, int offerId) => s.Offer(offerId)?.Title ?? $"offre n° {offerId}";
}
