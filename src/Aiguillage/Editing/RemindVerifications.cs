using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.Mail;
using Aiguillage.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Editing;

/// <summary>
/// Reminds the members of each structure, by mail, of the published offers due for confirmation at the frequency they
/// chose (VerificationPlan); at most one reminder per structure every <see cref="MinimumDaysBetween"/> days. Run by the
/// site's scheduler and by "aiguillage offers remind".
/// </summary>
public sealed class RemindVerifications(AppDbContext db, CatalogueProvider catalogue, ReferralOptions options, TimeProvider clock)
{
    public const int MinimumDaysBetween = 30;

    /// <summary>Returns the number of structures reminded.</summary>
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken);
        var today = CatalogueClock.Today(clock);
        var members = (await (from m in db.StructureMemberships.AsNoTracking()
                              join a in db.Users.AsNoTracking() on m.AccountId equals a.Id
                              where a.EmailConfirmed && a.Email != null
                              select new { m.StructureId, Email = a.Email! }).ToListAsync(cancellationToken))
            .GroupBy(m => m.StructureId).ToDictionary(g => g.Key, g => g.Select(m => m.Email).Distinct(StringComparer.OrdinalIgnoreCase).ToList());
        if (members.Count == 0)
        {
            return 0;
        }

        var ids = members.Keys.ToList();
        var plans = await db.VerificationPlans.Where(p => ids.Contains(p.StructureId)).ToDictionaryAsync(p => p.StructureId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var reminded = 0;
        foreach (var (structureId, emails) in members)
        {
            if (!plans.TryGetValue(structureId, out var plan))
            {
                plan = new VerificationPlan(structureId);
                db.VerificationPlans.Add(plan);
            }

            var due = snapshot.Offers
                .Where(o => o.View.Structure.Id == structureId && VerificationPlan.IsDue(o.View.LastVerifiedOn, plan.Months, today))
                .Select(o => o.Title).Order(StringComparer.Ordinal).ToList();
            if (due.Count == 0 || !plan.MayRemind(today, MinimumDaysBetween))
            {
                continue;
            }

            var name = snapshot.Structure(structureId)?.Name ?? $"structure n° {structureId}";
            foreach (var email in emails)
            {
                MailOutbox.Enqueue(db, new MailTemplate("offres-a-confirmer", $"{due.Count} offre(s) de {name} à confirmer")
                {
                    Paragraphs =
                    [
                        $"Vous avez choisi de confirmer les offres de {name} tous les {plan.Months} mois. Celles-ci n'ont pas été confirmées depuis : {string.Join(" ; ", due)}.",
                        "Relisez-les ; si elles sont exactes, un clic suffit à les confirmer, sinon modifiez-les. Les personnes qui cherchent un accompagnement voient la date de la dernière confirmation.",
                    ],
                    Action = new MailAction("Confirmer ou modifier mes offres", new Uri($"{options.PublicBaseUrl}/espace/offres")),
                }.To(email), now);
            }

            plan.Reminded(today);
            reminded++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return reminded;
    }
}
