namespace Aiguillage.Mail;

/// <summary>
/// One e-mail waiting in the database ("courriel en file"). It is written in the same transaction as the change it
/// reports (a request sent, an answer given), so a mail is never lost and never sent for a change that did not happen;
/// a background worker sends it and retries later when the mail server does not answer.
/// </summary>
public sealed class QueuedMail
{
    private QueuedMail()
    {
        Recipient = Subject = TextBody = Kind = "";
    }

    public QueuedMail(MailContent content, DateTime nowUtc)
    {
        Recipient = content.To;
        Subject = content.Subject;
        TextBody = content.Text;
        HtmlBody = content.Html;
        Kind = content.Kind;
        CreatedAtUtc = NextAttemptAtUtc = nowUtc;
    }

    public long Id { get; private set; }

    /// <summary>One address per mail: a notification to several people is several mails, each retried on its own.</summary>
    public string Recipient { get; private set; }

    public string Subject { get; private set; }

    public string TextBody { get; private set; }

    public string? HtmlBody { get; private set; }

    /// <summary>Which template made it (e.g. "mise-en-relation-recue"): for the logs, the tests and the counts, never shown.</summary>
    public string Kind { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime NextAttemptAtUtc { get; private set; }

    public int Attempts { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Set by the sender that takes the mail, so that two instances of the site never send it twice; a sender that dies lets it go when this passes.</summary>
    public DateTime? ClaimedUntilUtc { get; private set; }

    /// <summary>True once the mail was given up after too many failures; it stays visible to the administrators.</summary>
    public bool Abandoned { get; private set; }

    public void MarkSent(DateTime nowUtc)
    {
        SentAtUtc = nowUtc;
        Attempts++;
        LastError = null;
        ClaimedUntilUtc = null;
    }

    /// <summary>A failed attempt: the next one waits longer each time (1, 2, 4… minutes, at most an hour); after <paramref name="maxAttempts"/> the mail is abandoned.</summary>
    public void MarkFailed(DateTime nowUtc, string error, int maxAttempts)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        var wait = TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Attempts - 1)));
        NextAttemptAtUtc = nowUtc + wait;
        Abandoned = Attempts >= maxAttempts;

        // The attempt is over: the mail is free for whichever sender finds it due next.
        ClaimedUntilUtc = null;
    }

    /// <summary>Personal data goes when the retention period ends: the address and the bodies are blanked, the fact that a mail was sent stays.</summary>
    public void Anonymise()
    {
        Recipient = "";
        TextBody = "";
        HtmlBody = null;
        Subject = "";
    }
}

/// <summary>What a template produces: one recipient, a subject, a plain-text body and an HTML body.</summary>
public sealed record MailContent(string To, string Subject, string Text, string? Html, string Kind);
