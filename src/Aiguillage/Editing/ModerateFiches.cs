using Aiguillage.Accounts;
using Aiguillage.Offers;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Editing;

/// <summary>A proposal waiting for a moderator: what changes (against the published fiche) and where it now conflicts.</summary>
public sealed record PendingProposal(
    int Id,
    FicheKind Kind,
    bool IsNew,
    int? TargetId,
    string Name,
    string? StructureName,
    string AuthorEmail,
    DateTime SubmittedAtUtc,
    IReadOnlyList<FieldChange> Changes,
    IReadOnlyList<FieldChange> Conflicts,
    int Version);

public enum ModerationResult
{
    Done,
    NotFound,
    Stale,
    Conflict,
    Invalid,
}

public sealed record ModerationOutcome(ModerationResult Result, IReadOnlyList<FieldChange> Conflicts, IReadOnlyList<ImportError> Errors);

/// <summary>
/// The moderators' queue: proposals "à modérer" of the structures they answer for (and new structures proposed in their
/// territory). Approving merges the proposal into the fiche as published now (ADR 013) and publishes it; refusing needs a
/// reason, sent to the author. A proposal of a new structure makes its author a member once approved.
/// </summary>
public sealed class ModerateFiches(FicheStore store, ManageAccounts accounts)
{
    public async Task<IReadOnlyList<PendingProposal>> PendingAsync(string accountId, CancellationToken cancellationToken)
    {
        var scope = await store.ScopeAsync(accountId, cancellationToken);
        if (scope is null || !(scope.IsAdministrator || scope.IsModerator))
        {
            return [];
        }

        var snapshot = await store.SnapshotAsync(cancellationToken);
        var submitted = await store.Db.ChangeProposals.AsNoTracking().Where(p => p.Status == ProposalStatus.Submitted)
            .OrderBy(p => p.SubmittedAtUtc).Take(500).ToListAsync(cancellationToken);
        var result = new List<PendingProposal>();
        foreach (var proposal in submitted.Where(p => MayModerate(scope, snapshot, p)))
        {
            var current = await CurrentFieldsAsync(proposal, cancellationToken) ?? proposal.BaseFields;
            FicheFields.Merge(proposal.BaseFields, current, proposal.Fields, out var conflicts);
            result.Add(new PendingProposal(
                proposal.Id, proposal.Kind, proposal.TargetId is null, proposal.TargetId, EditFiches.Name(proposal.Fields, proposal.Kind),
                proposal.StructureId is { } s ? snapshot.Structure(s)?.Name ?? await store.Db.Structures.Where(x => x.Id == s).Select(x => x.Name).SingleOrDefaultAsync(cancellationToken) : null,
                proposal.AuthorEmail, proposal.SubmittedAtUtc ?? proposal.UpdatedAtUtc, FicheFields.Diff(current, proposal.Fields), conflicts, proposal.Version));
        }

        return result;
    }

    public async Task<ModerationOutcome> ApproveAsync(string accountId, int proposalId, int version, CancellationToken cancellationToken)
    {
        var (scope, proposal) = await FindAsync(accountId, proposalId, cancellationToken);
        if (scope is null || proposal is null)
        {
            return new ModerationOutcome(ModerationResult.NotFound, [], []);
        }

        if (proposal.Version != version || proposal.Status != ProposalStatus.Submitted)
        {
            return new ModerationOutcome(ModerationResult.Stale, [], []);
        }

        var current = await CurrentFieldsAsync(proposal, cancellationToken);
        var merged = FicheFields.Merge(proposal.BaseFields, current ?? proposal.BaseFields, proposal.Fields, out var conflicts);
        if (conflicts.Count > 0)
        {
            return new ModerationOutcome(ModerationResult.Conflict, conflicts, []);
        }

        var (offer, structure, errors) = await store.ReadAsync(proposal.Kind, merged, cancellationToken);
        if (errors.Count > 0)
        {
            return new ModerationOutcome(ModerationResult.Invalid, [], errors);
        }

        try
        {
            var confirmedOn = proposal.AuthorIsMember ? DateOnly.FromDateTime(Catalogue.CatalogueClock.ToParis(proposal.SubmittedAtUtc ?? proposal.UpdatedAtUtc)) : (DateOnly?)null;
            var isNew = proposal.TargetId is null;
            var id = await store.ApplyAsync(proposal.Kind, proposal.TargetId, proposal.StructureId, offer, structure, confirmedOn, cancellationToken);
            proposal.Approve(scope.Email, isNew ? id : null, store.Now);
            var structureId = proposal.Kind == FicheKind.Structure ? id : proposal.StructureId;
            store.Record(proposal.Kind, id, structureId, proposal.Id, ChangeAction.Approved, scope.Email, FicheFields.Diff(current ?? proposal.BaseFields, merged));
            await EditFiches.AttachProposalHistoryAsync(store, proposal, id, structureId, cancellationToken);
            var fiche = proposal.Kind == FicheKind.Offer ? FicheRef.Offer(id) : FicheRef.Structure(id);
            store.NotifyAuthor(proposal, EditFiches.Name(merged, proposal.Kind), fiche);
            await store.Db.SaveChangesAsync(cancellationToken);
            if (isNew && proposal.Kind == FicheKind.Structure)
            {
                await accounts.GrantAsync(new AccountGrant(proposal.AuthorEmail, Roles.Member, StructureId: id), cancellationToken);
            }

            return new ModerationOutcome(ModerationResult.Done, [], []);
        }
        catch (DbUpdateConcurrencyException)
        {
            store.Db.ChangeTracker.Clear();
            return new ModerationOutcome(ModerationResult.Stale, [], []);
        }
    }

    public async Task<ModerationOutcome> RejectAsync(string accountId, int proposalId, int version, string note, CancellationToken cancellationToken)
    {
        var (scope, proposal) = await FindAsync(accountId, proposalId, cancellationToken);
        if (scope is null || proposal is null)
        {
            return new ModerationOutcome(ModerationResult.NotFound, [], []);
        }

        if (proposal.Version != version || proposal.Status != ProposalStatus.Submitted)
        {
            return new ModerationOutcome(ModerationResult.Stale, [], []);
        }

        note = note.Trim();
        if (note.Length is < RejectionNoteMin or > RejectionNoteMax)
        {
            return new ModerationOutcome(ModerationResult.Invalid, [], [new ImportError(1, "motif", $"Expliquez à l'auteur pourquoi la proposition n'est pas publiée ({RejectionNoteMin} à {RejectionNoteMax} caractères).")]);
        }

        proposal.Reject(scope.Email, note, store.Now);
        store.Record(proposal.Kind, proposal.TargetId, proposal.StructureId, proposal.Id, ChangeAction.Rejected, scope.Email, [], note);
        store.NotifyAuthor(proposal, EditFiches.Name(proposal.Fields, proposal.Kind), proposal.TargetId is { } t
            ? (proposal.Kind == FicheKind.Offer ? FicheRef.Offer(t) : FicheRef.Structure(t))
            : FicheRef.Proposal(proposal.Kind, proposal.Id));
        try
        {
            await store.Db.SaveChangesAsync(cancellationToken);
            return new ModerationOutcome(ModerationResult.Done, [], []);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ModerationOutcome(ModerationResult.Stale, [], []);
        }
    }

    public const int RejectionNoteMin = 5;

    public const int RejectionNoteMax = 2000;

    private async Task<(AccountScope? Scope, ChangeProposal? Proposal)> FindAsync(string accountId, int proposalId, CancellationToken cancellationToken)
    {
        var scope = await store.ScopeAsync(accountId, cancellationToken);
        var proposal = await store.Db.ChangeProposals.SingleOrDefaultAsync(p => p.Id == proposalId, cancellationToken);
        if (scope is null || proposal is null || !MayModerate(scope, await store.SnapshotAsync(cancellationToken), proposal))
        {
            return (null, null);
        }

        return (scope, proposal);
    }

    /// <summary>Moderators of the structure (or, for a new structure, of the place it gives) and administrators.</summary>
    private static bool MayModerate(AccountScope scope, Catalogue.CatalogueSnapshot snapshot, ChangeProposal proposal)
    {
        if (proposal.StructureId is { } sid)
        {
            return scope.CanModerate(sid);
        }

        var (departement, region) = FicheStore.PlaceOf(snapshot, proposal);
        return scope.IsAdministrator || (scope.IsModerator && scope.Covers(departement, region));
    }

    /// <summary>The fiche's fields as published now; null for a proposal of a new fiche.</summary>
    private async Task<IReadOnlyDictionary<string, string>?> CurrentFieldsAsync(ChangeProposal proposal, CancellationToken cancellationToken)
    {
        if (proposal.TargetId is not { } id)
        {
            return null;
        }

        if (proposal.Kind == FicheKind.Offer)
        {
            var offer = await store.Db.Offers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
            return offer is null ? null : OfferCsv.FieldsOf(offer.Details);
        }

        var structure = await store.Db.Structures.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return structure is null ? null : OfferCsv.FieldsOf(structure.Details);
    }
}
