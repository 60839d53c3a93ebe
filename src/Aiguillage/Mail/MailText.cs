namespace Aiguillage.Mail;

/// <summary>Small text rules of the mails, written once.</summary>
public static class MailText
{
    /// <summary>A title between French quotes, « like this », unless it already carries its own (no « « doubled » »).</summary>
    public static string Quoted(string title)
    {
        var trimmed = title.Trim();
        return trimmed.StartsWith('«') && trimmed.EndsWith('»') ? trimmed : $"« {trimmed} »";
    }
}
