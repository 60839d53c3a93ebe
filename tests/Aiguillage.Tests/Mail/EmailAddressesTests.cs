using Aiguillage.Mail;

namespace Aiguillage.Tests.Mail;

public sealed class EmailAddressesTests
{
    [Theory]
    [InlineData("camille@example.org", true)]
    [InlineData("camille.martin+asso@sous.domaine.fr", true)]
    [InlineData("camille@", false)]
    [InlineData("camille@localhost", false)]
    [InlineData("Camille <camille@example.org>", false)]
    [InlineData("a@b@example.org", false)]
    [InlineData("camille @example.org", false)]
    [InlineData("", false)]
    public void An_address_is_one_mailbox_a_server_would_accept(string value, bool valid) =>
        Assert.Equal(valid, EmailAddresses.IsValid(value));
}
