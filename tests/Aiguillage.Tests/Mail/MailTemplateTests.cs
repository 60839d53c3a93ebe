using Aiguillage.Mail;

namespace Aiguillage.Tests;

public class MailTemplateTests
{
    private const string Hostile = "<script>alert('x')</script> & \"Élan\" <a href=\"https://malveillant.example\">clic</a>";

    private static MailTemplate Template() => new("essai", "Nouvelle demande de mise en relation")
    {
        Greeting = "Bonjour Camille,",
        Paragraphs = ["L'association Élan rural souhaite être contactée.", "Première ligne\nseconde ligne"],
        Action = new MailAction("Voir la demande", new Uri("https://aiguillage.example/demandes/42?a=1&b=2")),
    };

    [Fact]
    public void The_text_body_reads_as_French_prose_with_the_address_of_the_action()
    {
        var text = Template().Text();

        Assert.StartsWith("Bonjour Camille,\n\nL'association Élan rural souhaite être contactée.\n\nPremière ligne\nseconde ligne\n\n", text, StringComparison.Ordinal);
        Assert.Contains("Voir la demande : https://aiguillage.example/demandes/42?a=1&b=2\n", text, StringComparison.Ordinal);
        Assert.EndsWith("-- \n" + MailTemplate.DefaultFooter + "\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_body_keeps_accents_readable_and_escapes_the_ampersand_of_the_address()
    {
        var html = Template().Html();

        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("L&#x27;association Élan rural souhaite être contactée.", html, StringComparison.Ordinal);
        Assert.Contains("Première ligne<br>\nseconde ligne", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://aiguillage.example/demandes/42?a=1&amp;b=2\"", html, StringComparison.Ordinal);
        Assert.Contains(">Voir la demande</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_value_in_the_html_body_is_encoded_so_user_text_adds_no_markup()
    {
        var html = new MailTemplate("essai", Hostile)
        {
            Greeting = Hostile,
            Paragraphs = [Hostile],
            Action = new MailAction(Hostile, new Uri("https://aiguillage.example/?q=\"><script>")),
            Footer = Hostile,
        }.Html();

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("malveillant.example\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a href=\"https://malveillant", html, StringComparison.Ordinal);
        Assert.Equal(1, Count(html, "<a "));
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;Élan&quot;", html, StringComparison.Ordinal);

        // The only tags are the template's own.
        var tags = System.Text.RegularExpressions.Regex.Matches(html, "<([a-zA-Z!/][a-zA-Z]*)").Select(m => m.Groups[1].Value.TrimStart('/').ToLowerInvariant()).ToHashSet();
        Assert.Subset(new HashSet<string> { "!doctype", "html", "head", "meta", "title", "body", "div", "p", "a", "br", "hr" }, tags);
    }

    [Fact]
    public void The_html_body_loads_nothing_from_elsewhere()
    {
        var html = Template().Html();

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subject_is_kept_on_one_line_so_it_cannot_add_a_header()
    {
        var content = new MailTemplate("essai", "Demande\r\nBcc: tous@exemple.fr") { Paragraphs = ["x"] }.To("camille@exemple.fr");

        Assert.Equal("Demande Bcc: tous@exemple.fr", content.Subject);
    }

    [Fact]
    public void The_content_carries_the_recipient_the_kind_and_both_bodies()
    {
        var content = Template().To("camille@exemple.fr");

        Assert.Equal("camille@exemple.fr", content.To);
        Assert.Equal("essai", content.Kind);
        Assert.Equal("Nouvelle demande de mise en relation", content.Subject);
        Assert.Contains("Élan rural", content.Text, StringComparison.Ordinal);
        Assert.Contains("Élan rural", content.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pas-une-adresse")]
    [InlineData("")]
    public void A_recipient_that_is_not_an_address_is_refused(string recipient)
    {
        Assert.Throws<ArgumentException>(() => Template().To(recipient));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:camille@exemple.fr")]
    [InlineData("/demandes/42")]
    public void An_action_must_be_an_absolute_web_address(string url)
    {
        Assert.Throws<ArgumentException>(() => new MailAction("Voir", new Uri(url, UriKind.RelativeOrAbsolute)));
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
