using Aiguillage.Mail;
using MimeKit;

namespace Aiguillage.Tests;

public class MailOptionsTests
{
    [Fact]
    public void The_defaults_write_files_and_need_no_server()
    {
        var options = new MailOptions();

        Assert.Empty(options.Problems());
        Assert.Equal(MailMode.Fichiers, options.TransportMode);
        Assert.Equal("Aiguillage", options.FromName);
        Assert.Equal(50, options.BatchSize);
        Assert.Equal(8, options.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(2), options.PollInterval);
    }

    [Fact]
    public void Smtp_without_a_host_is_refused_with_a_French_message()
    {
        var e = Assert.Throws<MailSettingsException>(() => new MailOptions { Mode = "smtp" }.Validate());

        Assert.Contains("Mail:Host est vide", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_mode_or_security_names_the_accepted_values()
    {
        var problems = new MailOptions { Mode = "pigeon", Security = "tls" }.Problems();

        Assert.Contains("Mail:Mode vaut « pigeon » ; valeurs possibles : fichiers, smtp.", problems);
        Assert.Contains("Mail:Security vaut « tls » ; valeurs possibles : aucune, starttls, ssl, auto.", problems);
    }

    [Theory]
    [InlineData("SMTP", "STARTTLS")]
    [InlineData("smtp", "ssl")]
    public void Values_are_read_whatever_their_case(string mode, string security)
    {
        var options = new MailOptions { Mode = mode, Security = security, Host = "smtp.exemple.fr" };

        Assert.Empty(options.Problems());
        Assert.Equal(MailMode.Smtp, options.TransportMode);
    }

    [Fact]
    public void Numbers_out_of_range_and_a_bad_sender_are_each_named()
    {
        var problems = new MailOptions { Mode = "smtp", Host = "h", Port = 0, BatchSize = 0, MaxAttempts = 0, PollInterval = TimeSpan.Zero, FromAddress = "personne" }.Problems();

        Assert.Equal(5, problems.Count);
    }

    [Fact]
    public void A_queued_mail_becomes_a_UTF8_message_with_text_and_html_alternatives()
    {
        var content = new MailTemplate("essai", "Votre demande a été reçue") { Paragraphs = ["Vous serez recontacté·e sous peu."] }.To("camille@exemple.fr");
        var mail = new QueuedMail(content, new DateTime(2026, 11, 30, 8, 0, 0, DateTimeKind.Utc));

        var message = QueuedMailMessage.Build(mail, new MailOptions { FromAddress = "ne-pas-repondre@aiguillage.example" });

        Assert.Equal("Votre demande a été reçue", message.Subject);
        Assert.Equal("\"Aiguillage\" <ne-pas-repondre@aiguillage.example>", message.From.ToString());
        Assert.Equal("camille@exemple.fr", message.To.Mailboxes.Single().Address);
        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.All(alternative.OfType<TextPart>(), p => Assert.Equal("utf-8", p.ContentType.Charset));
        Assert.Contains("recontacté·e", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("recontacté·e", message.HtmlBody, StringComparison.Ordinal);

        using var raw = new MemoryStream();
        message.WriteTo(raw, TestContext.Current.CancellationToken);
        var header = System.Text.Encoding.ASCII.GetString(raw.ToArray()).ReplaceLineEndings("\n").Split("\n\n")[0];
        Assert.Contains("Subject: Votre demande a =?utf-8?", header, StringComparison.OrdinalIgnoreCase);
        Assert.True(header.All(char.IsAscii), header);
    }
}
