using Aiguillage.Mail;

namespace Aiguillage.Tests;

public class QueuedMailTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 8, 0, 0, DateTimeKind.Utc);

    private static QueuedMail Mail() => new(new MailContent("camille@exemple.fr", "Sujet", "Texte", null, "essai"), Now);

    [Fact]
    public void A_new_mail_is_due_at_once_and_untried()
    {
        var mail = Mail();

        Assert.Equal(Now, mail.NextAttemptAtUtc);
        Assert.Equal(0, mail.Attempts);
        Assert.Null(mail.SentAtUtc);
        Assert.False(mail.Abandoned);
    }

    [Fact]
    public void Each_failure_doubles_the_wait_from_one_minute_up_to_an_hour()
    {
        var mail = Mail();
        var waits = new List<double>();
        for (var i = 0; i < 9; i++)
        {
            mail.MarkFailed(Now, "injoignable", maxAttempts: 20);
            waits.Add((mail.NextAttemptAtUtc - Now).TotalMinutes);
        }

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], waits);
        Assert.Equal(9, mail.Attempts);
        Assert.False(mail.Abandoned);
        Assert.Equal("injoignable", mail.LastError);
    }

    [Fact]
    public void A_mail_is_abandoned_at_the_last_allowed_attempt_and_not_before()
    {
        var mail = Mail();
        for (var i = 1; i < 3; i++)
        {
            mail.MarkFailed(Now, "refusé", maxAttempts: 3);
            Assert.False(mail.Abandoned);
        }

        mail.MarkFailed(Now, "refusé", maxAttempts: 3);

        Assert.True(mail.Abandoned);
        Assert.Null(mail.SentAtUtc);
        Assert.Equal(3, mail.Attempts);
    }

    [Fact]
    public void A_mail_sent_after_a_failure_forgets_the_error_and_counts_both_attempts()
    {
        var mail = Mail();
        mail.MarkFailed(Now, "injoignable", maxAttempts: 8);

        mail.MarkSent(Now.AddMinutes(1));

        Assert.Equal(Now.AddMinutes(1), mail.SentAtUtc);
        Assert.Equal(2, mail.Attempts);
        Assert.Null(mail.LastError);
    }

    [Fact]
    public void A_long_error_is_cut_to_what_the_column_holds()
    {
        var mail = Mail();

        mail.MarkFailed(Now, new string('x', 5000), maxAttempts: 8);

        Assert.Equal(1000, mail.LastError!.Length);
    }

    [Fact]
    public void Anonymising_blanks_the_address_and_the_bodies_but_keeps_the_fact_of_sending()
    {
        var mail = new QueuedMail(new MailContent("camille@exemple.fr", "Sujet", "Texte", "<p>Texte</p>", "essai"), Now);
        mail.MarkSent(Now);

        mail.Anonymise();

        Assert.Equal("", mail.Recipient);
        Assert.Equal("", mail.TextBody);
        Assert.Null(mail.HtmlBody);
        Assert.Equal(Now, mail.SentAtUtc);
    }
}
