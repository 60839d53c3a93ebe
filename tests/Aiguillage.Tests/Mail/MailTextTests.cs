using Aiguillage.Mail;

namespace Aiguillage.Tests.Mail;

public sealed class MailTextTests
{
    [Theory]
    [InlineData("Prêt d'honneur", "« Prêt d'honneur »")]
    [InlineData("« Tremplin » ", "« Tremplin »")]
    [InlineData("Le « Tremplin » de la région", "« Le « Tremplin » de la région »")]
    public void A_title_is_quoted_once(string title, string expected) => Assert.Equal(expected, MailText.Quoted(title));
}
