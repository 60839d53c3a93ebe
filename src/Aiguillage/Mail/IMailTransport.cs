using MimeKit;

namespace Aiguillage.Mail;

/// <summary>Where mails leave the application: an SMTP server, or files for development.</summary>
public interface IMailTransport
{
    /// <summary>Opens what a batch sends through (one SMTP connection for all its mails).</summary>
    Task<IMailSession> OpenAsync(CancellationToken cancellationToken);
}

/// <summary>One batch's connection. A failed send throws; the next send reconnects if the connection was lost.</summary>
public interface IMailSession : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
