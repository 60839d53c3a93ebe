using System.Security.Cryptography;

namespace Aiguillage.Referrals;

/// <summary>Who receives a request for a structure.</summary>
public enum ReferralRecipientKind
{
    /// <summary>The public e-mail address of the offer or of its structure, answering through a private link.</summary>
    PublicEmail,

    /// <summary>The moderators of the structure's territory (a CRESS, a collectivité), when the structure has no address.</summary>
    Moderators,
}

/// <summary>The recipient, as the holder is told before sending and as the mails are addressed.</summary>
public sealed record ReferralRecipient(ReferralRecipientKind Kind, string Address, string Label);

/// <summary>The rules of a mise en relation, written once: limits, who may do what in which status, and the deadlines.</summary>
public static class ReferralRules
{
    public const int NameMax = 100;
    public const int EmailMax = Mail.EmailAddresses.MaxLength;
    public const int PhoneMax = 30;
    public const int MessageMin = 20;
    public const int MessageMax = 2000;
    public const int NoteMax = 1000;

    /// <summary>The sentence the holder accepts; it is stored with the request, word for word.</summary>
    public const string ConsentText =
        "J'accepte que mes nom, adresse électronique, téléphone et message, ainsi que le profil joint, soient transmis à la " +
        "structure destinataire (et, si elle réoriente ma demande, à la structure suivante) pour qu'elle me recontacte au sujet " +
        "de mon projet. Ces données sont effacées au plus tard à la fin de la durée de conservation.";

    /// <summary>A structure can answer while the request waits for it (sent to it, or handed to it).</summary>
    public static bool AwaitsAnswer(ReferralStatus status) => status is ReferralStatus.Open or ReferralStatus.Redirected;

    /// <summary>A structure that took the request on can still close it, or hand it on.</summary>
    public static bool CanClose(ReferralStatus status) => status == ReferralStatus.Accepted;

    public static bool CanRedirect(ReferralStatus status) => AwaitsAnswer(status) || status == ReferralStatus.Accepted;

    /// <summary>The holder can withdraw a request that is not finished.</summary>
    public static bool CanWithdraw(ReferralStatus status) => status is ReferralStatus.Open or ReferralStatus.Redirected or ReferralStatus.Accepted;

    public static bool IsFinished(ReferralStatus status) => status is ReferralStatus.Declined or ReferralStatus.Closed or ReferralStatus.Expired;

    /// <summary>One reminder to the structure when the request has waited this long for it.</summary>
    public static bool IsDueForReminder(ReferralStatus status, DateTime handedAtUtc, DateTime? reminderSentAtUtc, DateTime nowUtc, TimeSpan reminderAfter) =>
        AwaitsAnswer(status) && reminderSentAtUtc is null && nowUtc - handedAtUtc >= reminderAfter;

    /// <summary>A request nobody answered expires.</summary>
    public static bool IsDueForExpiry(ReferralStatus status, DateTime handedAtUtc, DateTime nowUtc, TimeSpan expireAfter) =>
        AwaitsAnswer(status) && nowUtc - handedAtUtc >= expireAfter;

    /// <summary>Personal data goes once the request has not changed for the retention period, whatever its status.</summary>
    public static bool IsDueForAnonymisation(DateTime updatedAtUtc, DateTime? anonymisedAtUtc, DateTime nowUtc, TimeSpan retention) =>
        anonymisedAtUtc is null && nowUtc - updatedAtUtc >= retention;

    /// <summary>The status as people read it.</summary>
    public static string Label(ReferralStatus status) => status switch
    {
        ReferralStatus.Open => "Ouverte",
        ReferralStatus.Accepted => "Prise en charge",
        ReferralStatus.Redirected => "Réorientée",
        ReferralStatus.Declined => "Refusée",
        ReferralStatus.Closed => "Clôturée",
        ReferralStatus.Expired => "Expirée",
        _ => status.ToString(),
    };

    /// <summary>The API code of a status.</summary>
    public static string Code(ReferralStatus status) => status switch
    {
        ReferralStatus.Open => "ouverte",
        ReferralStatus.Accepted => "prise-en-charge",
        ReferralStatus.Redirected => "reorientee",
        ReferralStatus.Declined => "refusee",
        ReferralStatus.Closed => "cloturee",
        ReferralStatus.Expired => "expiree",
        _ => status.ToString(),
    };

    public static string Code(ReferralEventKind kind) => kind switch
    {
        ReferralEventKind.Sent => "envoyee",
        ReferralEventKind.Accepted => "prise-en-charge",
        ReferralEventKind.Declined => "refusee",
        ReferralEventKind.Redirected => "reorientee",
        ReferralEventKind.Closed => "cloturee",
        ReferralEventKind.Withdrawn => "retiree",
        ReferralEventKind.Reminded => "relance",
        ReferralEventKind.Expired => "expiree",
        _ => kind.ToString(),
    };

    /// <summary>Digits, spaces, dots, dashes, parentheses and a leading +; 6 to 20 digits.</summary>
    public static bool IsPhone(string value)
    {
        if (value.Length > PhoneMax || value.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '(' or ')' or '+')) || value.LastIndexOf('+') > 0)
        {
            return false;
        }

        var digits = value.Count(char.IsAsciiDigit);
        return digits is >= 6 and <= 20;
    }

    /// <summary>A fresh secret for a private link: 32 random bytes, URL-safe.</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Tokens are 43 URL-safe characters; anything else is not looked up.</summary>
    public static bool LooksLikeToken(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
