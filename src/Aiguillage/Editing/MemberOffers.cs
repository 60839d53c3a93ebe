using Aiguillage.Accounts;
using Aiguillage.Catalogue;
using Aiguillage.Data;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Editing;

/// <summary>An offer a member keeps up to date, with what the public sees of its freshness.</summary>
public sealed record MemberOffer(int Id, string Title, string StructureName, string Evidence, EvidenceState State, int Version, Quality.OfferQualityAssessment? Quality = null, bool IsDue = false, Offers.OfferStatus Status = Offers.OfferStatus.Published);

/// <summary>A structure of the member, with how often its offers are to be confirmed.</summary>
public sealed record MemberStructure(int Id, string Name, int VerificationMonths);

public enum ConfirmOutcome
{
    Done,
    NotFound,
    Conflict,
}

/// <summary>
/// The offers of the structures an account belongs to, and the confirmation that one
/// is still as described — the only thing that sets "vérifiée le" (ADR 009). Written once; the pages call it.
/// </summary>
public sealed class MemberOffers(AppDbContext db, AccountScopes scopes, CatalogueProvider catalogue, FicheStore store, TimeProvider clock)
{
    public async Task<IReadOnlyList<MemberOffer>> ListAsync(string accountId, CancellationToken cancellationToken)
    {
        var structures = await StructuresAsync(accountId, cancellationToken);
        if (structures.Count == 0)
        {
            return [];
        }

        var snapshot = await catalogue.GetAsync(cancellationToken);
        var months = await MonthsAsync(structures, cancellationToken);
        var offers = await db.Offers.AsNoTracking()
            .Where(o => structures.Contains(o.StructureId))
            .OrderBy(o => o.Title).Take(1000)
            .Select(o => new { o.Id, o.Title, o.StructureId, o.LastVerifiedOn, o.SourceDate, o.Version, o.Status })
            .ToListAsync(cancellationToken);
        return offers.Select(o => new MemberOffer(
            o.Id, o.Title, snapshot.Structure(o.StructureId)?.Name ?? $"structure n° {o.StructureId}",
            Catalogue.Evidence.Sentence(o.LastVerifiedOn, o.SourceDate, snapshot.Day), Catalogue.Evidence.State(o.LastVerifiedOn, o.SourceDate, snapshot.Day), o.Version,
            snapshot.Offer(o.Id) is { } visible ? Quality.OfferQuality.Assess(visible.View, snapshot.Day) : null,
            snapshot.Offer(o.Id) is not null && VerificationPlan.IsDue(o.LastVerifiedOn, months[o.StructureId], snapshot.Day), o.Status)).ToList();
    }

    /// <summary>The member's structures with their confirmation frequency.</summary>
    public async Task<IReadOnlyList<MemberStructure>> StructuresOfAsync(string accountId, CancellationToken cancellationToken)
    {
        var structures = await StructuresAsync(accountId, cancellationToken);
        var months = await MonthsAsync(structures, cancellationToken);
        var names = await db.Structures.AsNoTracking().Where(s => structures.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        return names.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => new MemberStructure(s.Id, s.Name, months[s.Id])).ToList();
    }

    /// <summary>Members choose how often they confirm their structure's offers: 3, 6 or 12 months. False when they may not or the value is not one of these.</summary>
    public async Task<bool> ChooseFrequencyAsync(string accountId, int structureId, int months, CancellationToken cancellationToken)
    {
        if (!VerificationPlan.AllowedMonths.Contains(months) || !(await StructuresAsync(accountId, cancellationToken)).Contains(structureId))
        {
            return false;
        }

        var plan = await db.VerificationPlans.SingleOrDefaultAsync(p => p.StructureId == structureId, cancellationToken);
        if (plan is null)
        {
            plan = new VerificationPlan(structureId);
            db.VerificationPlans.Add(plan);
        }

        plan.Choose(months);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<Dictionary<int, int>> MonthsAsync(List<int> structures, CancellationToken cancellationToken)
    {
        var chosen = await db.VerificationPlans.AsNoTracking().Where(p => structures.Contains(p.StructureId)).ToDictionaryAsync(p => p.StructureId, p => p.Months, cancellationToken);
        return structures.ToDictionary(id => id, id => chosen.GetValueOrDefault(id, VerificationPlan.DefaultMonths));
    }

    /// <summary>Confirms the offer today (Paris); NotFound when the account may not act for its structure, Conflict when it changed since it was shown.</summary>
    public async Task<ConfirmOutcome> ConfirmAsync(string accountId, int offerId, int version, CancellationToken cancellationToken)
    {
        var structures = await StructuresAsync(accountId, cancellationToken);
        var offer = await db.Offers.SingleOrDefaultAsync(o => o.Id == offerId, cancellationToken);
        if (offer is null || !structures.Contains(offer.StructureId))
        {
            return ConfirmOutcome.NotFound;
        }

        if (offer.Version != version)
        {
            return ConfirmOutcome.Conflict;
        }

        var before = offer.LastVerifiedOn;
        offer.ConfirmVerified(CatalogueClock.Today(clock));
        if (before != offer.LastVerifiedOn)
        {
            var label = OfferCsvColumnsVerified;
            store.Record(FicheKind.Offer, offer.Id, offer.StructureId, null, ChangeAction.Confirmed, (await scopes.ForAsync(accountId, cancellationToken))!.Email,
                [new FieldChange(label, FicheFields.Label(label), before?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "", offer.LastVerifiedOn!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))]);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ConfirmOutcome.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            return ConfirmOutcome.Conflict;
        }
    }

    private const string OfferCsvColumnsVerified = Offers.OfferCsv.Columns.VerifiedOn;

    /// <summary>
    /// For a moderator: the visible offers of the structures of their territories that no person has confirmed for
    /// Evidence.FreshMonths (24) months — the list to have checked with the structures. Empty for everyone else.
    /// </summary>
    public async Task<IReadOnlyList<MemberOffer>> ToVerifyAsync(string accountId, CancellationToken cancellationToken)
    {
        var scope = await scopes.ForAsync(accountId, cancellationToken);
        if (scope is not { IsModerator: true })
        {
            return [];
        }

        var snapshot = await catalogue.GetAsync(cancellationToken);
        return snapshot.Offers
            .Where(o => scope.Moderated.Contains(o.View.Structure.Id))
            .Where(o => Catalogue.Evidence.State(o.View.LastVerifiedOn, o.View.SourceDate, snapshot.Day) != EvidenceState.Verified)
            .OrderBy(o => o.View.Structure.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true)).ThenBy(o => o.Title)
            .Select(o => new MemberOffer(o.Id, o.Title, o.View.Structure.Name,
                Catalogue.Evidence.Sentence(o.View.LastVerifiedOn, o.View.SourceDate, snapshot.Day), Catalogue.Evidence.State(o.View.LastVerifiedOn, o.View.SourceDate, snapshot.Day), 0))
            .ToList();
    }

    /// <summary>
    /// The structures the account may confirm offers for: those it is a member of, administrators included — "vérifiée le"
    /// is a confirmation by someone of the structure, not by the platform.
    /// </summary>
    private async Task<List<int>> StructuresAsync(string accountId, CancellationToken cancellationToken)
    {
        var scope = await scopes.ForAsync(accountId, cancellationToken);
        return scope is null ? [] : [.. scope.MemberOf];
    }
}
