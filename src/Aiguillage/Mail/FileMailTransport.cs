using System.Globalization;
using MimeKit;

namespace Aiguillage.Mail;

/// <summary>
/// Writes each mail as an .eml file (development, demonstrations): `dotnet run` needs no mail server, and any mail
/// program opens the files. The file is written under a temporary name then renamed, so a reader never sees half of one.
/// </summary>
public sealed class FileMailTransport(string directory) : IMailTransport
{
    public string Directory { get; } = directory;

    public Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        return Task.FromResult<IMailSession>(new Session(Directory));
    }

    private sealed class Session(string directory) : IMailSession
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            var name = string.Concat(
                message.Date.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture),
                "-",
                string.Concat((message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0].Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')),
                ".eml");
            var path = Path.Combine(directory, name);
            var temporary = path + ".tmp";
            await message.WriteToAsync(temporary, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
