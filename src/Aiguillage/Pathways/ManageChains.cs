using Aiguillage.Accounts;
using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.Editing;
using Aiguillage.Taxonomy;
using Aiguillage.Territories;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Pathways;

/// <summary>What a moderator types for a chain; steps by stage, with the offer numbers as typed.</summary>
public sealed record ChainDraft(string Territory, string Name, string Description, IReadOnlyList<ChainStep> Steps, bool Publish);

public enum ChainSaveResult
{
    Saved,
    Invalid,
    Conflict,
    NotFound,
}

/// <summary>A published chain as shown: its steps with the offers of the catalogue that still exist.</summary>
public sealed record ShownChain(int Id, string Name, string Description, string Territory, string TerritoryName, IReadOnlyList<ShownStep> Steps);

public sealed record ShownStep(string Stage, string StageLabel, string Title, string Description, IReadOnlyList<CatalogueOffer> Offers, string? Handover);

/// <summary>
/// Chains of support ("parcours"): moderators of a territory compose them (brouillon, publié), everyone reads the published
/// ones through the catalogue (an offer that is no longer published drops out of its step).
/// </summary>
public sealed class ManageChains(AppDbContext db, AccountScopes scopes, CatalogueProvider catalogue, TimeProvider clock)
{
    public const int NameMax = 150;

    public async Task<IReadOnlyList<SupportChain>> EditableAsync(string accountId, CancellationToken cancellationToken)
    {
        var scope = await scopes.ForAsync(accountId, cancellationToken);
        if (scope is null || !(scope.IsAdministrator || scope.IsModerator))
        {
            return [];
        }

        var snapshot = await catalogue.GetAsync(cancellationToken);
        return (await db.Set<SupportChain>().AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken))
            .Where(c => MayEdit(scope, snapshot, c.Territory)).ToList();
    }

    public async Task<SupportChain?> FindAsync(string accountId, int id, CancellationToken cancellationToken)
    {
        var scope = await scopes.ForAsync(accountId, cancellationToken);
        var chain = await db.Set<SupportChain>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return scope is null || chain is null || !MayEdit(scope, await catalogue.GetAsync(cancellationToken), chain.Territory) ? null : chain;
    }

    /// <summary>Whether the account may compose chains at all (moderators and administrators).</summary>
    public async Task<bool> MayComposeAsync(string accountId, CancellationToken cancellationToken) =>
        await scopes.ForAsync(accountId, cancellationToken) is { } scope && (scope.IsAdministrator || scope.IsModerator);

    /// <summary>Creates (id null) or changes a chain; errors by field in French.</summary>
    public async Task<(ChainSaveResult Result, int? Id, Dictionary<string, string> Errors)> SaveAsync(string accountId, int? id, int version, ChainDraft draft, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var scope = await scopes.ForAsync(accountId, cancellationToken);
        var snapshot = await catalogue.GetAsync(cancellationToken);
        if (scope is null || !(scope.IsAdministrator || scope.IsModerator))
        {
            return (ChainSaveResult.NotFound, null, errors);
        }

        if (!CoverageZone.TryParse(draft.Territory, out var zone) || zone.Level is not (TerritoryLevel.Region or TerritoryLevel.Departement)
            || (zone.Level == TerritoryLevel.Region ? snapshot.Region(zone.Code) : snapshot.Departement(zone.Code)) is null)
        {
            errors["territoire"] = "Choisissez la région ou le département du parcours.";
        }
        else if (!MayEdit(scope, snapshot, draft.Territory))
        {
            errors["territoire"] = "Ce territoire n'est pas dans ceux que vous modérez.";
        }

        if (draft.Name.Trim().Length is < 3 or > NameMax)
        {
            errors["nom"] = $"Donnez au parcours un nom de 3 à {NameMax} caractères.";
        }

        var steps = draft.Steps.Where(s => s.Title.Trim().Length > 0 || s.OfferIds.Count > 0).ToList();
        if (steps.Count == 0)
        {
            errors["etapes"] = "Décrivez au moins une étape du parcours (un intitulé ou une offre).";
        }

        foreach (var step in steps)
        {
            if (!snapshot.Taxonomy.IsUsable(TaxonomyKind.Stage, step.Stage))
            {
                errors[$"etape-{step.Stage}"] = $"« {step.Stage} » n'est pas une étape.";
            }
            else if (step.OfferIds.FirstOrDefault(o => snapshot.Offer(o) is null) is var missing and > 0)
            {
                errors[$"offres-{step.Stage}"] = $"L'offre n° {missing} n'existe pas ou n'est pas publiée.";
            }
        }

        if (errors.Count > 0)
        {
            return (ChainSaveResult.Invalid, id, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var status = draft.Publish ? ChainStatus.Published : ChainStatus.Draft;
        SupportChain chain;
        IReadOnlyDictionary<string, string> before = new Dictionary<string, string>();
        if (id is { } existingId)
        {
            var found = await db.Set<SupportChain>().SingleOrDefaultAsync(c => c.Id == existingId, cancellationToken);
            if (found is null || !MayEdit(scope, snapshot, found.Territory))
            {
                return (ChainSaveResult.NotFound, null, errors);
            }

            if (found.Version != version)
            {
                return (ChainSaveResult.Conflict, existingId, errors);
            }

            chain = found;
            before = Fields(chain);
            chain.Change(draft.Territory, draft.Name, draft.Description, steps, status, scope.Email, now);
        }
        else
        {
            chain = new SupportChain(draft.Territory, draft.Name, draft.Description, steps, status, scope.Email, now);
            db.Add(chain);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeRecords.Add(new ChangeRecord(FicheKind.Chain, chain.Id, null, null, draft.Publish ? ChangeAction.Published : ChangeAction.DraftSaved,
                scope.Email, FicheFields.Diff(before, Fields(chain)), null, now));
            await db.SaveChangesAsync(cancellationToken);
            return (ChainSaveResult.Saved, chain.Id, errors);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (ChainSaveResult.Conflict, id, errors);
        }
    }

    /// <summary>The history of a chain, newest first.</summary>
    public async Task<IReadOnlyList<HistoryLine>> HistoryAsync(int id, CancellationToken cancellationToken) =>
        (await db.ChangeRecords.AsNoTracking().Where(r => r.Kind == FicheKind.Chain && r.TargetId == id).OrderByDescending(r => r.Id).Take(100).ToListAsync(cancellationToken))
            .Select(r => new HistoryLine(r.AtUtc, r.ActorEmail, r.Action, r.Changes, r.Note)).ToList();

    private static Dictionary<string, string> Fields(SupportChain chain) => new(StringComparer.Ordinal)
    {
        ["nom du parcours"] = chain.Name,
        ["territoire"] = chain.Territory,
        ["présentation"] = chain.Description,
        ["statut"] = chain.Status == ChainStatus.Published ? "publié" : "brouillon",
        ["étapes"] = string.Join(" | ", chain.Steps.Select(s => $"{s.Stage} : {s.Title} [{string.Join(", ", s.OfferIds)}]{(s.Handover is null ? "" : " → " + s.Handover)}")),
    };

    /// <summary>Moderators of the territory (its région or département, or France) and administrators.</summary>
    private static bool MayEdit(AccountScope scope, CatalogueSnapshot snapshot, string territory) =>
        CoverageZone.TryParse(territory, out var zone) && zone.Level switch
        {
            TerritoryLevel.Region => scope.Covers(null, zone.Code),
            TerritoryLevel.Departement => scope.Covers(zone.Code, snapshot.Departement(zone.Code)?.RegionCode),
            _ => scope.IsAdministrator,
        };
}
