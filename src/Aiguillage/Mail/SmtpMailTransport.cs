using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Aiguillage.Mail;

/// <summary>Sends through an SMTP server with MailKit, over one connection per batch.</summary>
public sealed class SmtpMailTransport(MailOptions options) : IMailTransport
{
    /// <summary>Each command to the server waits at most this long; the sender's claim on a batch outlasts several of them.</summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    public async Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        var session = new Session(options);
        try
        {
            await session.ConnectAsync(cancellationToken);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    private sealed class Session(MailOptions options) : IMailSession
    {
        private readonly SmtpClient _client = new() { Timeout = (int)CommandTimeout.TotalMilliseconds };

        public async Task ConnectAsync(CancellationToken cancellationToken)
        {
            var security = options.TransportSecurity switch
            {
                MailSecurity.Aucune => SecureSocketOptions.None,
                MailSecurity.Starttls => SecureSocketOptions.StartTls,
                MailSecurity.Ssl => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.Auto,
            };
            await _client.ConnectAsync(options.Host, options.Port, security, cancellationToken);
            if (!string.IsNullOrWhiteSpace(options.UserName))
            {
                await _client.AuthenticateAsync(options.UserName, options.Password, cancellationToken);
            }
        }

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            // A server that closed the connection (restarted, idle timeout) is reached again for the rest of the batch;
            // if it does not answer, each mail fails on its own and waits for its next attempt.
            if (!_client.IsConnected)
            {
                await ConnectAsync(cancellationToken);
            }

            await _client.SendAsync(message, cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (_client.IsConnected)
                {
                    await _client.DisconnectAsync(quit: true, CancellationToken.None);
                }
            }
            catch (Exception e) when (e is IOException or ProtocolException or SmtpProtocolException or OperationCanceledException)
            {
                // The mails are already recorded as sent or failed; a QUIT that gets no answer changes nothing.
            }
            finally
            {
                _client.Dispose();
            }
        }
    }
}
