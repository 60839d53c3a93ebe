using System.Globalization;

namespace Aiguillage.Mail;

/// <summary>How queued mails leave: written as .eml files (the default, no server needed) or handed to an SMTP server.</summary>
public enum MailMode
{
    Fichiers,
    Smtp,
}

/// <summary>How the SMTP connection is secured: none, STARTTLS, TLS from the start (port 465), or what the server offers.</summary>
public enum MailSecurity
{
    Aucune,
    Starttls,
    Ssl,
    Auto,
}

/// <summary>
/// Bound from the "Mail" configuration section. Mode and Security are read as text and checked here, so that a wrong value
/// gets a French message naming the accepted ones instead of the binder's exception. The password comes from the
/// environment only (Mail__Password), never from a settings file.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>False turns the web host's sender off (tests that do not look at mails); the queue still fills.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>"fichiers" or "smtp".</summary>
    public string Mode { get; set; } = "fichiers";

    /// <summary>Where "fichiers" writes its .eml files; a relative path is taken from the content root.</summary>
    public string Directory { get; set; } = "App_Data/courriels";

    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    /// <summary>"aucune", "starttls", "ssl" or "auto".</summary>
    public string Security { get; set; } = "auto";

    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    public string FromAddress { get; set; } = "ne-pas-repondre@aiguillage.localhost";

    public string FromName { get; set; } = "Aiguillage";

    /// <summary>How many mails one pass of the sender claims and sends over one connection.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>After this many failed attempts a mail is abandoned (the waits in between grow from 1 minute to 1 hour).</summary>
    public int MaxAttempts { get; set; } = 8;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public MailMode TransportMode => Parse<MailMode>(Mode) ?? throw new MailSettingsException(string.Join(" ", Problems()));

    public MailSecurity TransportSecurity => Parse<MailSecurity>(Security) ?? throw new MailSettingsException(string.Join(" ", Problems()));

    /// <summary>What is wrong with these settings, in French, one sentence each; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var mode = Parse<MailMode>(Mode);
        if (mode is null)
        {
            problems.Add($"Mail:Mode vaut « {Mode} » ; valeurs possibles : {Names<MailMode>()}.");
        }

        if (Parse<MailSecurity>(Security) is null)
        {
            problems.Add($"Mail:Security vaut « {Security} » ; valeurs possibles : {Names<MailSecurity>()}.");
        }

        if (mode == MailMode.Smtp && string.IsNullOrWhiteSpace(Host))
        {
            problems.Add("Mail:Mode vaut « smtp » mais Mail:Host est vide : donnez le nom du serveur de courriel (ou Mail:Mode=fichiers pour écrire les courriels dans des fichiers).");
        }

        if (mode == MailMode.Smtp && Port is < 1 or > 65535)
        {
            problems.Add($"Mail:Port vaut {Port.ToString(CultureInfo.InvariantCulture)} ; un port va de 1 à 65535.");
        }

        if (mode == MailMode.Fichiers && string.IsNullOrWhiteSpace(Directory))
        {
            problems.Add("Mail:Mode vaut « fichiers » mais Mail:Directory est vide.");
        }

        if (!string.IsNullOrEmpty(Password) && string.IsNullOrWhiteSpace(UserName))
        {
            problems.Add("Mail:Password est donné sans Mail:UserName.");
        }

        if (!EmailAddresses.IsValid(FromAddress))
        {
            problems.Add($"Mail:FromAddress vaut « {FromAddress} », qui n'est pas une adresse de courriel.");
        }

        if (BatchSize < 1)
        {
            problems.Add("Mail:BatchSize doit valoir au moins 1.");
        }

        if (MaxAttempts < 1)
        {
            problems.Add("Mail:MaxAttempts doit valoir au moins 1.");
        }

        if (PollInterval <= TimeSpan.Zero)
        {
            problems.Add("Mail:PollInterval doit être positif (par exemple 00:00:02).");
        }

        return problems;
    }

    /// <summary>Throws <see cref="MailSettingsException"/> with every problem, or does nothing.</summary>
    public void Validate()
    {
        var problems = Problems();
        if (problems.Count > 0)
        {
            throw new MailSettingsException("Réglages des courriels invalides : " + string.Join(" ", problems));
        }
    }

    private static T? Parse<T>(string value)
        where T : struct, Enum =>
        !string.IsNullOrWhiteSpace(value) && !char.IsAsciiDigit(value[0]) && Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : null;

    private static string Names<T>()
        where T : struct, Enum =>
        string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
}

/// <summary>The "Mail" settings cannot be used; the message says which and what to do, in French.</summary>
public sealed class MailSettingsException(string message) : InvalidOperationException(message);
