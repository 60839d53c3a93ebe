using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.Mail;
using Aiguillage.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Accounts;

public enum JoinResult
{
    Requested,
    AlreadyMember,
    AlreadyRequested,
    NotFound,
    Invalid,
}

/// <summary>A request to join a structure, as the people who decide see it.</summary>
public sealed record PendingMembership(int Id, string AccountEmail, int StructureId, string StructureName, string Message, DateTime CreatedAtUtc);

/// <summary>
/// Joining a structure already on Aiguillage: the person says who they are; a member of the structure approves, or, while
/// it has no member, the moderators of its territory (the most local team) or an administrator. Approval makes the
/// account a member (ManageAccounts.GrantAsync, the one way memberships are given).
/// </summary>
public sealed class JoinStructures(AppDbContext db, AccountScopes scopes, ManageAccounts accounts, CatalogueProvider catalogue, ReferralOptions options, IModeratorDirectory moderators, TimeProvider clock)
{
    public const int MessageMin = 10;

    public const int MessageMax = 1000;

    public async Task<JoinResult> RequestAsync(string accountId, int structureId, string message, CancellationToken cancellationToken)
    {
        var scope = await scopes.ForAsync(accountId, cancellationToken);
        var snapshot = await catalogue.GetAsync(cancellationToken);
        if (scope is null || snapshot.Structure(structureId) is not { } structure)
        {
            return JoinResult.NotFound;
        }

        message = message.Trim();
        if (message.Length is < MessageMin or > MessageMax)
        {
            return JoinResult.Invalid;
        }

        if (scope.MemberOf.Contains(structureId))
        {
            return JoinResult.AlreadyMember;
        }

        if (await db.MembershipRequests.AnyAsync(r => r.AccountId == accountId && r.StructureId == structureId && r.Status == MembershipRequestStatus.Pending, cancellationToken))
        {
            return JoinResult.AlreadyRequested;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.MembershipRequests.Add(new MembershipRequest(accountId, scope.Email, structureId, message, now));
        foreach (var address in await DecidersAsync(snapshot, structure, cancellationToken))
        {
            MailOutbox.Enqueue(db, new MailTemplate("adhesion-demandee", $"Demande pour rejoindre {structure.Name}")
            {
                Paragraphs =
                [
                    $"{scope.Email} demande à rejoindre {structure.Name} sur Aiguillage, pour tenir à jour sa fiche et ses offres et répondre aux demandes de mise en relation.",
                    $"Son message : {message}",
                    "Acceptez seulement si vous connaissez cette personne comme membre de la structure.",
                ],
                Action = new MailAction("Voir les demandes", new Uri($"{options.PublicBaseUrl}/espace/moderation#adhesions")),
            }.To(address), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return JoinResult.Requested;
    }

    public async Task<IReadOnlyList<PendingMembership>> PendingAsync(string accountId, CancellationToken cancellationToken)
    {
        var scope = await scopes.ForAsync(accountId, cancellationToken);
        if (scope is null)
        {
            return [];
        }

        var snapshot = await catalogue.GetAsync(cancellationToken);
        var pending = await db.MembershipRequests.AsNoTracking().Where(r => r.Status == MembershipRequestStatus.Pending)
            .OrderBy(r => r.CreatedAtUtc).Take(500).ToListAsync(cancellationToken);
        return pending.Where(r => MayDecide(scope, r.StructureId))
            .Select(r => new PendingMembership(r.Id, r.AccountEmail, r.StructureId, snapshot.Structure(r.StructureId)?.Name ?? $"structure n° {r.StructureId}", r.Message, r.CreatedAtUtc))
            .ToList();
    }

    /// <summary>Approves or refuses; false when the account may not decide or the request was already decided.</summary>
    public async Task<bool> DecideAsync(string accountId, int requestId, bool approve, CancellationToken cancellationToken)
    {
        var scope = await scopes.ForAsync(accountId, cancellationToken);
        var request = await db.MembershipRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (scope is null || request is null || request.Status != MembershipRequestStatus.Pending || !MayDecide(scope, request.StructureId))
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        request.Decide(approve, scope.Email, now);
        var name = (await catalogue.GetAsync(cancellationToken)).Structure(request.StructureId)?.Name ?? $"structure n° {request.StructureId}";
        MailOutbox.Enqueue(db, new MailTemplate(approve ? "adhesion-acceptee" : "adhesion-refusee", (approve ? "Bienvenue : " : "Demande non retenue : ") + name)
        {
            Paragraphs =
            [
                approve
                    ? $"Vous êtes maintenant membre de {name} sur Aiguillage : vous pouvez modifier sa fiche et ses offres, et répondre aux demandes de mise en relation."
                    : $"Votre demande pour rejoindre {name} sur Aiguillage n'a pas été acceptée. Si c'est une erreur, écrivez à la structure.",
            ],
            Action = new MailAction("Ouvrir mon espace", new Uri($"{options.PublicBaseUrl}/espace")),
        }.To(request.AccountEmail), now);
        await db.SaveChangesAsync(cancellationToken);
        if (approve)
        {
            await accounts.GrantAsync(new AccountGrant(request.AccountEmail, Roles.Member, StructureId: request.StructureId), cancellationToken);
        }

        return true;
    }

    /// <summary>Members of the structure decide; while it has none, its moderators; administrators always.</summary>
    private bool MayDecide(AccountScope scope, int structureId) =>
        scope.MemberOf.Contains(structureId) || scope.CanModerate(structureId);

    private async Task<IReadOnlyList<string>> DecidersAsync(CatalogueSnapshot snapshot, StructureEntry structure, CancellationToken cancellationToken)
    {
        var members = await (from m in db.StructureMemberships.AsNoTracking()
                             join a in db.Users.AsNoTracking() on m.AccountId equals a.Id
                             where m.StructureId == structure.Id && a.EmailConfirmed && a.Email != null
                             select a.Email!).ToListAsync(cancellationToken);
        if (members.Count > 0)
        {
            return members;
        }

        var (departement, region) = CatalogueRules.HomeOf(snapshot, structure);
        var team = ReferralRecipients.MostLocalModerators(
            await SendReferral.ModeratorsAsync(options, moderators, cancellationToken),
            departement is null ? new HashSet<string>() : new HashSet<string> { departement },
            region is null ? new HashSet<string>() : new HashSet<string> { region });
        return team?.Emails ?? [];
    }
}
