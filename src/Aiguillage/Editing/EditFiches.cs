using Aiguillage.Offers;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Editing;

/// <summary>A fiche's form: its fields, the token that detects a concurrent change, what the account may do, and the history.</summary>
public sealed record FicheForm(
    FicheRef Ref,
    string Name,
    int? StructureId,
    string? StructureName,
    IReadOnlyDictionary<string, string> Fields,
    string Token,
    bool PublishesDirectly,
    ProposalStatus? OpenStatus,
    string? OpenAuthor,
    OfferStatus? OfferStatus,
    IReadOnlyList<HistoryLine> History,
    string? RejectionNote = null);

public enum SaveResult
{
    Published,
    Submitted,
    DraftSaved,
    Invalid,
    Conflict,
    NotFound,
    Closed,
}

/// <summary>
/// The outcome of a save: with the errors (Invalid), the version saved meanwhile by someone else (Conflict: the form keeps
/// what the person typed and shows the other version beside it), and where the fiche now lives.
/// </summary>
public sealed record SaveOutcome(SaveResult Result, IReadOnlyList<ImportError> Errors, IReadOnlyDictionary<string, string>? Theirs = null, FicheRef? Next = null);

/// <summary>
/// Members and moderators edit structures and offers. A moderator's or an administrator's change is published at once; a
/// member's is kept as a proposal (brouillon, then à modérer) and the public fiche changes only when a moderator approves
/// it (<see cref="ModerateFiches"/>). Members suspend or archive their offers at once; only moderators publish again.
/// </summary>
public sealed class EditFiches(FicheStore store)
{
    public async Task<FicheForm?> LoadAsync(string accountId, FicheRef reference, CancellationToken cancellationToken)
    {
        var context = await store.ResolveAsync(accountId, reference, cancellationToken);
        if (context is null || (!context.CanEdit && context.Ref.ProposalId is null))
        {
            return null;
        }

        if (context.Ref.ProposalId is { } pid && context.Open is null)
        {
            // A proposal of a new fiche that was refused: its author sees the reason, nothing more to edit.
            var refused = await store.Db.ChangeProposals.AsNoTracking().SingleAsync(p => p.Id == pid, cancellationToken);
            if (refused.AuthorAccountId != accountId && !(refused.StructureId is { } s && context.Scope.CanEdit(s)))
            {
                return null;
            }

            return new FicheForm(context.Ref, Name(refused.Fields, refused.Kind), refused.StructureId, context.Structure?.Name, refused.Fields, "",
                false, refused.Status, refused.AuthorEmail, null, await store.HistoryAsync(refused.Kind, null, pid, cancellationToken), refused.DecisionNote);
        }

        if (!context.CanEdit)
        {
            return null;
        }

        var shown = context.Shown;
        return new FicheForm(
            context.Ref,
            Name(context.Current, context.Kind) is { Length: > 0 } name ? name : Name(shown, context.Kind),
            context.StructureId,
            context.Structure?.Name,
            shown,
            context.Token,
            context.CanModerate,
            context.Open?.Status,
            context.Open?.AuthorEmail,
            context.Offer?.Status,
            context.TargetId is { } id ? await store.HistoryAsync(context.Kind, id, null, cancellationToken)
                : context.Open is { } open ? await store.HistoryAsync(context.Kind, null, open.Id, cancellationToken) : []);
    }

    /// <summary>Saves the posted fields (the editable ones; the others stay): published, proposed or kept as a draft.</summary>
    public async Task<SaveOutcome> SaveAsync(string accountId, FicheRef reference, IReadOnlyDictionary<string, string> posted, string token, bool submit, CancellationToken cancellationToken)
    {
        var context = await store.ResolveAsync(accountId, reference, cancellationToken);
        if (context is null || !context.CanEdit)
        {
            return new SaveOutcome(SaveResult.NotFound, []);
        }

        if (context.Offer?.Status == OfferStatus.Archived)
        {
            return new SaveOutcome(SaveResult.Closed, []);
        }

        if (token != context.Token)
        {
            return new SaveOutcome(SaveResult.Conflict, [], context.Shown);
        }

        var fields = FicheFields.Overlay(context.Kind, context.Shown, posted);
        var (offer, structure, errors) = await store.ReadAsync(context.Kind, fields, cancellationToken);
        if (errors.Count > 0)
        {
            return new SaveOutcome(SaveResult.Invalid, errors);
        }

        var actor = context.Scope.Email;
        var changes = FicheFields.Diff(context.Current, fields);
        try
        {
            if (submit && context.CanModerate)
            {
                var id = await store.ApplyAsync(context.Kind, context.TargetId, context.StructureId, offer, structure, context.IsMember ? store.Today : null, cancellationToken);
                context.Open?.Approve(actor, context.TargetId is null ? id : null, store.Now);
                var structureId = context.Kind == FicheKind.Structure ? id : context.StructureId;
                store.Record(context.Kind, id, structureId, context.Open?.Id, ChangeAction.Published, actor, changes);
                await AttachProposalHistoryAsync(context.Open, id, structureId, cancellationToken);
                await store.Db.SaveChangesAsync(cancellationToken);
                return new SaveOutcome(SaveResult.Published, [], Next: context.Kind == FicheKind.Offer ? FicheRef.Offer(id) : FicheRef.Structure(id));
            }

            var proposal = context.Open;
            if (proposal is null)
            {
                proposal = new ChangeProposal(context.Kind, context.TargetId, context.StructureId, context.Current, accountId, actor, context.IsMember, store.Now);
                store.Db.ChangeProposals.Add(proposal);
            }

            proposal.Update(fields, submit, store.Now);
            await store.Db.SaveChangesAsync(cancellationToken);
            store.Record(context.Kind, context.TargetId, context.StructureId, proposal.Id, submit ? ChangeAction.Submitted : ChangeAction.DraftSaved, actor, changes);
            if (submit)
            {
                await store.NotifyModeratorsAsync(proposal, Name(fields, context.Kind), cancellationToken);
            }

            await store.Db.SaveChangesAsync(cancellationToken);
            return new SaveOutcome(submit ? SaveResult.Submitted : SaveResult.DraftSaved, [],
                Next: context.TargetId is null ? FicheRef.Proposal(context.Kind, proposal.Id) : context.Ref);
        }
        catch (DbUpdateConcurrencyException)
        {
            store.Db.ChangeTracker.Clear();
            var fresh = await store.ResolveAsync(accountId, context.Ref, cancellationToken);
            return new SaveOutcome(SaveResult.Conflict, [], fresh?.Shown);
        }
    }

    /// <summary>Suspends, archives or (moderators only) publishes again an offer, at once, with a line in its history.</summary>
    public async Task<SaveResult> ChangeStatusAsync(string accountId, int offerId, string token, OfferStatus status, CancellationToken cancellationToken)
    {
        var context = await store.ResolveAsync(accountId, FicheRef.Offer(offerId), cancellationToken);
        if (context?.Offer is not { } offer || !context.CanEdit || status == OfferStatus.Draft || (status == OfferStatus.Published && !context.CanModerate))
        {
            return SaveResult.NotFound;
        }

        if (offer.Status == OfferStatus.Archived)
        {
            return SaveResult.Closed;
        }

        if (token != context.Token)
        {
            return SaveResult.Conflict;
        }

        var before = offer.Status;
        switch (status)
        {
            case OfferStatus.Published: offer.Publish(); break;
            case OfferStatus.Suspended: offer.Suspend(); break;
            default: offer.Archive(); break;
        }

        if (before == offer.Status)
        {
            return SaveResult.Published;
        }

        store.Record(FicheKind.Offer, offer.Id, offer.StructureId, null, ChangeAction.StatusChanged, context.Scope.Email,
            [new FieldChange(OfferCsv.Columns.Status, FicheFields.Label(OfferCsv.Columns.Status), before.ToLabel(), offer.Status.ToLabel())]);
        try
        {
            await store.Db.SaveChangesAsync(cancellationToken);
            return SaveResult.Published;
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult.Conflict;
        }
    }

    /// <summary>The structures an account edits as a member, with their offers, and the proposals it wrote (newest first).</summary>
    public async Task<MyFiches> MineAsync(string accountId, CancellationToken cancellationToken)
    {
        var scope = await store.ScopeAsync(accountId, cancellationToken);
        if (scope is null)
        {
            return new MyFiches([], []);
        }

        var ids = scope.MemberOf.ToList();
        var structures = await store.Db.Structures.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        var offers = await store.Db.Offers.AsNoTracking().Where(o => ids.Contains(o.StructureId)).Select(o => new { o.Id, o.StructureId, o.Title, o.Status }).ToListAsync(cancellationToken);
        var proposals = await store.Db.ChangeProposals.AsNoTracking().Where(p => p.AuthorAccountId == accountId)
            .OrderByDescending(p => p.Id).Take(100).ToListAsync(cancellationToken);
        return new MyFiches(
            structures.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => new MyStructure(s.Id, s.Name,
                offers.Where(o => o.StructureId == s.Id).OrderBy(o => o.Title, StringComparer.Ordinal).Select(o => new MyOffer(o.Id, o.Title, o.Status)).ToList())).ToList(),
            proposals.Select(p => new MyProposal(p.Id, p.Kind, Name(p.Fields, p.Kind), p.Status, p.TargetId, p.DecisionNote, p.UpdatedAtUtc)).ToList());
    }

    /// <summary>The lines written while a new fiche was only proposed follow it once it exists.</summary>
    internal static async Task AttachProposalHistoryAsync(FicheStore store, ChangeProposal? proposal, int targetId, int? structureId, CancellationToken cancellationToken)
    {
        if (proposal is null)
        {
            return;
        }

        foreach (var line in await store.Db.ChangeRecords.Where(r => r.ProposalId == proposal.Id && r.TargetId == null).ToListAsync(cancellationToken))
        {
            line.AttachTo(targetId, structureId ?? targetId);
        }
    }

    private Task AttachProposalHistoryAsync(ChangeProposal? proposal, int targetId, int? structureId, CancellationToken cancellationToken) =>
        AttachProposalHistoryAsync(store, proposal, targetId, structureId, cancellationToken);

    /// <summary>The name a fiche goes by in lists and mails.</summary>
    public static string Name(IReadOnlyDictionary<string, string> fields, FicheKind kind) =>
        (fields.GetValueOrDefault(kind == FicheKind.Offer ? OfferCsv.Columns.Title : OfferCsv.Columns.StructureName) ?? "").Trim();
}

public sealed record MyOffer(int Id, string Title, OfferStatus Status);

public sealed record MyStructure(int Id, string Name, IReadOnlyList<MyOffer> Offers);

public sealed record MyProposal(int Id, FicheKind Kind, string Name, ProposalStatus Status, int? TargetId, string? DecisionNote, DateTime UpdatedAtUtc)
{
    public FicheRef Ref => FicheRef.Proposal(Kind, Id);

    public string StatusLabel => Status switch
    {
        ProposalStatus.Draft => "brouillon",
        ProposalStatus.Submitted => "à modérer",
        ProposalStatus.Approved => "publiée",
        _ => "refusée",
    };
}

public sealed record MyFiches(IReadOnlyList<MyStructure> Structures, IReadOnlyList<MyProposal> Proposals);
