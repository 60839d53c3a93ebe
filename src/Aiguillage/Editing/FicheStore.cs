using Aiguillage.Accounts;
using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.Mail;
using Aiguillage.Offers;
using Aiguillage.Organisations;
using Aiguillage.Referrals;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;
using Microsoft.EntityFrameworkCore;
using C = Aiguillage.Offers.OfferCsv.Columns;

namespace Aiguillage.Editing;

/// <summary>Which fiche a form is about: an offer, a structure, a new offer of a structure, a new structure, or a proposal of a new fiche.</summary>
public sealed record FicheRef(FicheKind Kind, int? TargetId = null, int? StructureId = null, int? ProposalId = null)
{
    public static FicheRef Offer(int id) => new(FicheKind.Offer, TargetId: id);

    public static FicheRef Structure(int id) => new(FicheKind.Structure, TargetId: id, StructureId: id);

    public static FicheRef NewOffer(int structureId) => new(FicheKind.Offer, StructureId: structureId);

    public static FicheRef NewStructure() => new(FicheKind.Structure);

    public static FicheRef Proposal(FicheKind kind, int id) => new(kind, ProposalId: id);

    /// <summary>The address of the form in the member's space.</summary>
    public string Path => this switch
    {
        { ProposalId: { } p } => $"/espace/fiches/modifier?proposition={p}",
        { Kind: FicheKind.Offer, TargetId: { } o } => $"/espace/fiches/modifier?offre={o}",
        { Kind: FicheKind.Offer, StructureId: { } s } => $"/espace/fiches/modifier?nouvelle-offre={s}",
        { Kind: FicheKind.Structure, TargetId: { } s } => $"/espace/fiches/modifier?structure={s}",
        _ => "/espace/fiches/modifier?nouvelle-structure=1",
    };
}

/// <summary>A fiche as its form sees it: where it stands, its fields, who may do what, and its history.</summary>
internal sealed record FicheContext(
    FicheRef Ref,
    AccountScope Scope,
    Offer? Offer,
    Structure? Structure,
    ChangeProposal? Open,
    IReadOnlyDictionary<string, string> Current,
    bool CanEdit,
    bool CanModerate)
{
    public FicheKind Kind => Ref.Kind;

    public int? TargetId => Kind == FicheKind.Offer ? Offer?.Id : Structure?.Id is { } id && Ref.TargetId is not null ? id : Open?.TargetId;

    public int? StructureId => Structure?.Id;

    public bool IsMember => StructureId is { } id && Scope.MemberOf.Contains(id);

    /// <summary>What the form starts from: the open proposal if any (members continue it), else the published fiche.</summary>
    public IReadOnlyDictionary<string, string> Shown => Open?.Fields ?? Current;

    public string Token => $"{(Kind == FicheKind.Offer ? Offer?.Version : Ref.TargetId is null ? 0 : Structure?.Version) ?? 0}.{Open?.Id ?? 0}.{Open?.Version ?? 0}";
}

/// <summary>
/// What the editing use cases share, written once: finding a fiche and the rights on it, reading its fields with the
/// import's rules, applying them to the catalogue, writing its history, and telling the moderators.
/// </summary>
public sealed class FicheStore(
    AppDbContext db,
    AccountScopes scopes,
    CatalogueProvider catalogue,
    LoadTaxonomy taxonomy,
    LoadTerritoryCodes territories,
    ReferralOptions options,
    IModeratorDirectory moderators,
    TimeProvider clock)
{
    /// <summary>The source name of structures and offers created in the members' space (with a new identifier each).</summary>
    public const string Source = "aiguillage-espace";

    internal DateTime Now => clock.GetUtcNow().UtcDateTime;

    internal DateOnly Today => CatalogueClock.Today(clock);

    internal AppDbContext Db => db;

    internal Task<AccountScope?> ScopeAsync(string accountId, CancellationToken cancellationToken) => scopes.ForAsync(accountId, cancellationToken);

    internal async Task<FicheContext?> ResolveAsync(string accountId, FicheRef reference, CancellationToken cancellationToken)
    {
        var scope = await scopes.ForAsync(accountId, cancellationToken);
        if (scope is null)
        {
            return null;
        }

        if (reference.ProposalId is { } proposalId)
        {
            var proposal = await db.ChangeProposals.SingleOrDefaultAsync(p => p.Id == proposalId, cancellationToken);
            if (proposal is null)
            {
                return null;
            }

            if (proposal.TargetId is { } target && proposal.Status != ProposalStatus.Rejected)
            {
                return await ResolveAsync(accountId, proposal.Kind == FicheKind.Offer ? FicheRef.Offer(target) : FicheRef.Structure(target), cancellationToken);
            }

            var structureOf = proposal.StructureId is { } sid ? await db.Structures.SingleOrDefaultAsync(s => s.Id == sid, cancellationToken) : null;
            var own = proposal.AuthorAccountId == accountId;
            var mayEdit = proposal.IsOpen && (own || (structureOf is not null && scope.CanEdit(structureOf.Id)));
            return new FicheContext(reference with { Kind = proposal.Kind }, scope, null, structureOf, proposal.IsOpen ? proposal : null,
                proposal.BaseFields, mayEdit, mayEdit && structureOf is not null && scope.CanModerate(structureOf.Id));
        }

        if (reference.Kind == FicheKind.Offer && reference.TargetId is { } offerId)
        {
            var offer = await db.Offers.SingleOrDefaultAsync(o => o.Id == offerId, cancellationToken);
            if (offer is null || !scope.CanEdit(offer.StructureId))
            {
                return null;
            }

            var structure = await db.Structures.SingleAsync(s => s.Id == offer.StructureId, cancellationToken);
            var open = await OpenProposalAsync(FicheKind.Offer, offer.Id, cancellationToken);
            return new FicheContext(reference, scope, offer, structure, open, OfferCsv.FieldsOf(offer.Details), true, scope.CanModerate(offer.StructureId));
        }

        if (reference.Kind == FicheKind.Offer && reference.StructureId is { } ofStructure)
        {
            var structure = await db.Structures.SingleOrDefaultAsync(s => s.Id == ofStructure, cancellationToken);
            return structure is null || !scope.CanEdit(structure.Id)
                ? null
                : new FicheContext(reference, scope, null, structure, null, NewOfferFields(), true, scope.CanModerate(structure.Id));
        }

        if (reference.Kind == FicheKind.Structure && reference.TargetId is { } structureId)
        {
            var structure = await db.Structures.SingleOrDefaultAsync(s => s.Id == structureId, cancellationToken);
            if (structure is null || !scope.CanEdit(structure.Id))
            {
                return null;
            }

            var open = await OpenProposalAsync(FicheKind.Structure, structure.Id, cancellationToken);
            return new FicheContext(reference, scope, null, structure, open, OfferCsv.FieldsOf(structure.Details), true, scope.CanModerate(structure.Id));
        }

        // A new structure: anyone signed in may propose one; administrators publish it directly.
        return new FicheContext(FicheRef.NewStructure(), scope, null, null, null, NewStructureFields(), true, scope.IsAdministrator);
    }

    private Task<ChangeProposal?> OpenProposalAsync(FicheKind kind, int targetId, CancellationToken cancellationToken) =>
        db.ChangeProposals.Where(p => p.Kind == kind && p.TargetId == targetId && (p.Status == ProposalStatus.Draft || p.Status == ProposalStatus.Submitted))
            .OrderByDescending(p => p.Id).FirstOrDefaultAsync(cancellationToken);

    private static Dictionary<string, string> NewOfferFields()
    {
        var fields = OfferCsv.FieldsOf(new OfferDetails("", "", [], [], [], [], [], [], null, null, null, null, null, null, null, null, OfferStatus.Published, null, null, []));
        return fields;
    }

    private static Dictionary<string, string> NewStructureFields() =>
        OfferCsv.FieldsOf(new StructureDetails("", [], null, null, null, null, null, [], true, "", [], null, StructureStatus.Active));

    /// <summary>Reads the fields with the import's rules; the errors say which field and why, in French.</summary>
    internal async Task<(OfferDetails? Offer, StructureDetails? Structure, List<ImportError> Errors)> ReadAsync(FicheKind kind, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var errors = new List<ImportError>();
        var referentials = await taxonomy.HandleAsync(cancellationToken);
        var codes = await territories.HandleAsync(cancellationToken);
        if (kind == FicheKind.Offer)
        {
            var dispositifs = (await db.Dispositifs.AsNoTracking().Select(d => d.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            return (OfferCsv.ReadOfferFields(fields, referentials, codes, dispositifs, errors), null, errors);
        }

        return (null, OfferCsv.ReadStructureFields(fields, referentials, codes, errors), errors);
    }

    /// <summary>
    /// Applies read details to the catalogue: updates the fiche or creates it. A change made by a member of the structure is
    /// also their confirmation, so it sets "vérifiée le" to <paramref name="confirmedOn"/>; anyone else's keeps the date.
    /// Returns the fiche's id (a new one is saved first to get it).
    /// </summary>
    internal async Task<int> ApplyAsync(FicheKind kind, int? targetId, int? structureId, OfferDetails? offer, StructureDetails? structure, DateOnly? confirmedOn, CancellationToken cancellationToken)
    {
        if (kind == FicheKind.Offer)
        {
            var details = offer!;
            if (targetId is { } id)
            {
                var existing = await db.Offers.SingleAsync(o => o.Id == id, cancellationToken);
                existing.Apply(details with { Status = existing.Status, LastVerifiedOn = confirmedOn ?? existing.LastVerifiedOn, SourceDate = existing.SourceDate });
                return id;
            }

            var created = new Offer(structureId!.Value, Source, Guid.NewGuid().ToString("N"), details with { Status = OfferStatus.Published, LastVerifiedOn = confirmedOn, SourceDate = null });
            db.Offers.Add(created);
            await db.SaveChangesAsync(cancellationToken);
            return created.Id;
        }

        var fiche = structure!;
        if (targetId is { } sid)
        {
            var existing = await db.Structures.SingleAsync(s => s.Id == sid, cancellationToken);
            existing.Apply(fiche with { Status = existing.Status, LastVerifiedOn = confirmedOn ?? existing.LastVerifiedOn });
            return sid;
        }

        var added = new Structure(Source, Guid.NewGuid().ToString("N"), fiche with { Status = StructureStatus.Active, LastVerifiedOn = confirmedOn });
        db.Structures.Add(added);
        await db.SaveChangesAsync(cancellationToken);
        return added.Id;
    }

    internal void Record(FicheKind kind, int? targetId, int? structureId, int? proposalId, ChangeAction action, string actorEmail, IReadOnlyList<FieldChange> changes, string? note = null) =>
        db.ChangeRecords.Add(new ChangeRecord(kind, targetId, structureId, proposalId, action, actorEmail, changes, note, Now));

    /// <summary>The history of a fiche, newest first; for a proposed new fiche, the lines of its proposal.</summary>
    internal async Task<IReadOnlyList<HistoryLine>> HistoryAsync(FicheKind kind, int? targetId, int? proposalId, CancellationToken cancellationToken)
    {
        var query = db.ChangeRecords.AsNoTracking().Where(r => r.Kind == kind);
        query = targetId is { } id ? query.Where(r => r.TargetId == id) : query.Where(r => r.ProposalId == proposalId);
        var rows = await query.OrderByDescending(r => r.Id).Take(200).ToListAsync(cancellationToken);
        return rows.Select(r => new HistoryLine(r.AtUtc, r.ActorEmail, r.Action, r.Changes, r.Note)).ToList();
    }

    /// <summary>Queues a mail to the moderators who answer for the structure's place (the most local team, as for requests).</summary>
    internal async Task NotifyModeratorsAsync(ChangeProposal proposal, string ficheName, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        var (departement, region) = PlaceOf(snapshot, proposal);
        var team = ReferralRecipients.MostLocalModerators(
            await SendReferral.ModeratorsAsync(options, moderators, cancellationToken),
            departement is null ? new HashSet<string>() : new HashSet<string> { departement },
            region is null ? new HashSet<string>() : new HashSet<string> { region });
        foreach (var address in team?.Emails ?? [])
        {
            MailOutbox.Enqueue(db, new MailTemplate("fiche-a-moderer", $"À modérer : {ficheName}")
            {
                Paragraphs =
                [
                    $"{proposal.AuthorEmail} propose {(proposal.TargetId is null ? "une nouvelle fiche" : "une modification de la fiche")} {MailText.Quoted(ficheName)}.",
                    "Relisez-la et publiez-la ou refusez-la en expliquant pourquoi ; la fiche publique ne change qu'après votre décision.",
                ],
                Action = new MailAction("Voir les fiches à modérer", new Uri($"{options.PublicBaseUrl}/espace/moderation")),
            }.To(address), Now);
        }
    }

    /// <summary>Tells the author what the moderators decided.</summary>
    internal void NotifyAuthor(ChangeProposal proposal, string ficheName, FicheRef fiche)
    {
        var approved = proposal.Status == ProposalStatus.Approved;
        var paragraphs = new List<string>
        {
            approved
                ? $"Votre proposition pour {MailText.Quoted(ficheName)} est publiée : les pages publiques d'Aiguillage l'affichent dans quelques secondes."
                : $"Votre proposition pour {MailText.Quoted(ficheName)} n'a pas été publiée.",
        };
        if (proposal.DecisionNote is { } note)
        {
            paragraphs.Add($"Message de l'équipe de modération : {note}");
        }

        MailOutbox.Enqueue(db, new MailTemplate(approved ? "fiche-publiee" : "fiche-refusee", (approved ? "Publiée : " : "Non publiée : ") + ficheName)
        {
            Paragraphs = paragraphs,
            Action = new MailAction("Ouvrir la fiche dans mon espace", new Uri(options.PublicBaseUrl + fiche.Path)),
        }.To(proposal.AuthorEmail), Now);
    }

    /// <summary>The département and région of the place a proposal is about: its structure's home, or the commune it gives.</summary>
    internal static (string? Departement, string? Region) PlaceOf(CatalogueSnapshot snapshot, ChangeProposal proposal)
    {
        if (proposal.StructureId is { } sid && snapshot.Structure(sid) is { } entry)
        {
            return CatalogueRules.HomeOf(snapshot, entry);
        }

        var commune = proposal.Fields.GetValueOrDefault(C.StructureCommune);
        return string.IsNullOrWhiteSpace(commune) || snapshot.Communes.Find(commune.Trim()) is not { } found
            ? (null, null)
            : (found.DepartementCode, found.RegionCode);
    }

    internal async Task<CatalogueSnapshot> SnapshotAsync(CancellationToken cancellationToken) => await catalogue.GetAsync(cancellationToken);
}

public sealed record HistoryLine(DateTime AtUtc, string ActorEmail, ChangeAction Action, IReadOnlyList<FieldChange> Changes, string? Note)
{
    public string ActionLabel => Action switch
    {
        ChangeAction.DraftSaved => "brouillon enregistré",
        ChangeAction.Submitted => "proposée à la modération",
        ChangeAction.Approved => "proposition publiée",
        ChangeAction.Rejected => "proposition refusée",
        ChangeAction.Published => "modifiée et publiée",
        ChangeAction.StatusChanged => "statut changé",
        ChangeAction.Confirmed => "confirmée à jour",
        _ => Action.ToString(),
    };
}
