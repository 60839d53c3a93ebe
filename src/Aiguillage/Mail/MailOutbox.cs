using Aiguillage.Data;

namespace Aiguillage.Mail;

/// <summary>
/// Puts mails in the queue. The caller saves them with the change they report, in one SaveChangesAsync, so both happen or
/// neither does; nothing is sent inside a user's request.
/// </summary>
public static class MailOutbox
{
    public static QueuedMail Enqueue(AppDbContext db, MailContent content, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(content.To);
        var mail = new QueuedMail(content, nowUtc);
        db.QueuedMails.Add(mail);
        return mail;
    }
}
