using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.Mail;
using Microsoft.EntityFrameworkCore;

namespace Aiguillage.Referrals;

public sealed record ReferralDeadlineCounts(int Reminded, int Expired, int Anonymised, int MailsAnonymised);

/// <summary>
/// The scheduled part of the mises en relation, run by the site every hour and by the CLI: one reminder to the structure
/// after ReminderAfterDays without answer, expiry after ExpireAfterDays (the holder is told), and the blanking of personal
/// data (requests and the mails sent about them) after RetentionMonths. Running it twice does nothing more.
/// </summary>
public sealed class RunReferralDeadlines(AppDbContext db, CatalogueProvider catalogue, ReferralOptions options, TimeProvider clock)
{
    public async Task<ReferralDeadlineCounts> HandleAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var snapshot = await catalogue.GetAsync(cancellationToken);
        var mails = new ReferralMails(options, snapshot);
        var waitingSince = now - options.ReminderAfter;
        var waiting = await db.Referrals.Include(r => r.Events)
            .Where(r => (r.Status == ReferralStatus.Open || r.Status == ReferralStatus.Redirected) && r.HandedAtUtc <= waitingSince && r.AnonymisedAtUtc == null)
            .ToListAsync(cancellationToken);

        int reminded = 0, expired = 0;
        foreach (var r in waiting)
        {
            if (ReferralRules.IsDueForExpiry(r.Status, r.HandedAtUtc, now, options.ExpireAfter))
            {
                r.Events.Add(new ReferralEvent(ReferralEventKind.Expired, now, r.StructureId, r.OfferId));
                r.SetStatus(ReferralStatus.Expired, now);
                MailOutbox.Enqueue(db, mails.ToHolder(r, "mise-en-relation-expiree",
                    $"Votre demande n'a pas reçu de réponse en {options.ExpireAfterDays} jours : elle a expiré. D'autres offres peuvent convenir à votre projet : {options.PublicBaseUrl}/orientation"), now);
                expired++;
            }
            else if (ReferralRules.IsDueForReminder(r.Status, r.HandedAtUtc, r.ReminderSentAtUtc, now, options.ReminderAfter))
            {
                r.Events.Add(new ReferralEvent(ReferralEventKind.Reminded, now, r.StructureId, r.OfferId));
                r.Reminded(now);
                foreach (var mail in mails.ToRecipient(r, "mise-en-relation-relance"))
                {
                    MailOutbox.Enqueue(db, mail, now);
                }

                reminded++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        var cutoff = options.RetentionCutoff(now);
        var old = await db.Referrals.Include(r => r.Events).Where(r => r.AnonymisedAtUtc == null && r.UpdatedAtUtc <= cutoff).ToListAsync(cancellationToken);
        foreach (var r in old.Where(r => ReferralRules.IsDueForAnonymisation(r.UpdatedAtUtc, r.AnonymisedAtUtc, now, now - cutoff)))
        {
            r.Anonymise(now);
        }

        // Mails carry the same personal data; they go on the same schedule (those not yet sent are kept: they still have to go).
        var oldMails = await db.QueuedMails.Where(m => m.CreatedAtUtc <= cutoff && m.Recipient != "" && (m.SentAtUtc != null || m.Abandoned)).ToListAsync(cancellationToken);
        foreach (var m in oldMails)
        {
            m.Anonymise();
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ReferralDeadlineCounts(reminded, expired, old.Count, oldMails.Count);
    }
}
