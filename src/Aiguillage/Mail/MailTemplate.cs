using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Aiguillage.Mail;

/// <summary>A button in a mail: its label and the absolute http(s) address it opens.</summary>
public sealed record MailAction
{
    public MailAction(string label, Uri url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if (!url.IsAbsoluteUri || url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"L'adresse d'un bouton de courriel doit être absolue, en http ou https : « {url} ».", nameof(url));
        }

        Label = label;
        Url = url;
    }

    public string Label { get; }

    public Uri Url { get; }
}

/// <summary>
/// A French mail built from plain text: a subject, a greeting, paragraphs, an optional button and a footer. It makes the
/// text body and an HTML body with inline styles and no outside resource; every value is HTML-encoded, so text typed by a
/// user (a name, a message) can never add markup or links. The <see cref="Kind"/> names the template in the queue.
/// </summary>
/// <example>
/// <code>
/// var content = new MailTemplate("mise-en-relation-recue", "Nouvelle demande de mise en relation")
/// {
///     Greeting = "Bonjour,",
///     Paragraphs = ["Camille Martin souhaite être contactée par votre structure.", "Son message : …"],
///     Action = new MailAction("Voir la demande", new Uri("https://aiguillage.example/…")),
/// }.To("contact@structure.example");
/// MailOutbox.Enqueue(db, content, now); await db.SaveChangesAsync();
/// </code>
/// </example>
public sealed record MailTemplate(string Kind, string Subject)
{
    public const string DefaultFooter = "Ce courriel vous a été envoyé automatiquement par Aiguillage. Merci de ne pas y répondre directement.";

    // Accented letters stay as they are (readable source, smaller mails); <, >, &, quotes and the like are encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public string Greeting { get; init; } = "Bonjour,";

    /// <summary>Plain text; a line break inside a paragraph is kept.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    public MailAction? Action { get; init; }

    public string Footer { get; init; } = DefaultFooter;

    /// <summary>The mail for one recipient, ready for <see cref="MailOutbox.Enqueue"/>.</summary>
    public MailContent To(string recipient)
    {
        if (!EmailAddresses.IsValid(recipient))
        {
            throw new ArgumentException($"« {recipient} » n'est pas une adresse de courriel.", nameof(recipient));
        }

        return new MailContent(recipient, OneLine(Subject), Text(), Html(), Kind);
    }

    public string Text()
    {
        var text = new StringBuilder();
        text.Append(Greeting).Append("\n\n");
        foreach (var paragraph in Paragraphs)
        {
            text.Append(Lines(paragraph)).Append("\n\n");
        }

        if (Action is not null)
        {
            text.Append(Action.Label).Append(" : ").Append(Action.Url.AbsoluteUri).Append("\n\n");
        }

        // "-- " is the signature separator mail programs recognise.
        text.Append("-- \n").Append(Lines(Footer)).Append('\n');
        return text.ToString();
    }

    public string Html()
    {
        const string Paragraph = "margin:0 0 16px 0;";
        const string Small = "margin:0 0 8px 0;font-size:13px;line-height:1.4;color:#4a5566;";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(OneLine(Subject))).Append("</title>\n</head>\n")
            .Append("<body style=\"margin:0;padding:0;background:#f3f5f2;\">\n")
            .Append("<div style=\"max-width:600px;margin:0 auto;padding:24px;background:#ffffff;color:#1d2430;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;\">\n")
            .Append("<p style=\"").Append(Paragraph).Append("\">").Append(EncodeLines(Greeting)).Append("</p>\n");
        foreach (var paragraph in Paragraphs)
        {
            html.Append("<p style=\"").Append(Paragraph).Append("\">").Append(EncodeLines(paragraph)).Append("</p>\n");
        }

        if (Action is not null)
        {
            var url = Encode(Action.Url.AbsoluteUri);
            html.Append("<p style=\"margin:24px 0;\"><a href=\"").Append(url)
                .Append("\" style=\"display:inline-block;padding:12px 20px;background:#0b6b4f;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold;\">")
                .Append(Encode(Action.Label)).Append("</a></p>\n")
                .Append("<p style=\"").Append(Small).Append("\">Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur : ")
                .Append(url).Append("</p>\n");
        }

        html.Append("<hr style=\"border:none;border-top:1px solid #d5dbd3;margin:24px 0 16px 0;\">\n")
            .Append("<p style=\"").Append(Small).Append("\">").Append(EncodeLines(Footer)).Append("</p>\n")
            .Append("</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Encode(string value) => Encoder.Encode(value);

    private static string EncodeLines(string value) => string.Join("<br>\n", Lines(value).Split('\n').Select(Encode));

    private static string Lines(string value) => value.ReplaceLineEndings("\n").Trim();

    /// <summary>A subject is one header line: a line break typed in it could otherwise start a header of its own.</summary>
    private static string OneLine(string value) => string.Join(' ', value.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
