using System.Net.Mail;

namespace Aiguillage.Mail;

/// <summary>The one rule for an e-mail address we accept anywhere (forms, CSV, settings, recipients).</summary>
public static class EmailAddresses
{
    public const int MaxLength = 254;

    /// <summary>One mailbox a mail server would accept: no display name, no spaces, a dotted domain, at most 254 characters.</summary>
    public static bool IsValid(string? value) =>
        value is { Length: > 0 and <= MaxLength } && !value.Any(char.IsWhiteSpace) && value.Count(c => c == '@') == 1
        && MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Contains('.', StringComparison.Ordinal);
}
