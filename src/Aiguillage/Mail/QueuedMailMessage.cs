using System.Globalization;
using MimeKit;
using MimeKit.Text;

namespace Aiguillage.Mail;

/// <summary>The MIME message of a queued mail: UTF-8 text, and the HTML body as an alternative when there is one.</summary>
public static class QueuedMailMessage
{
    public static MimeMessage Build(QueuedMail mail, MailOptions options)
    {
        var from = MailboxAddress.Parse(options.FromAddress);
        from.Name = options.FromName;
        var message = new MimeMessage
        {
            Subject = mail.Subject,
            Date = new DateTimeOffset(DateTime.SpecifyKind(mail.CreatedAtUtc, DateTimeKind.Utc)),
            // The same identifier on every attempt, so that a server or a reader can tell a retry from a new mail.
            MessageId = string.Create(CultureInfo.InvariantCulture, $"courriel-{mail.Id}-{mail.CreatedAtUtc:yyyyMMddHHmmss}@{from.Domain}"),
        };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(mail.Recipient));
        message.Headers.Add("Auto-Submitted", "auto-generated");

        var text = Part(TextFormat.Plain, mail.TextBody);
        message.Body = mail.HtmlBody is null ? text : new MultipartAlternative { text, Part(TextFormat.Html, mail.HtmlBody) };
        return message;
    }

    private static TextPart Part(TextFormat format, string content)
    {
        var part = new TextPart(format);
        part.SetText(System.Text.Encoding.UTF8, content);
        part.ContentTransferEncoding = ContentEncoding.QuotedPrintable;
        return part;
    }
}
