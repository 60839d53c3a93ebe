using Aiguillage.Cli;
using Aiguillage.Data;
using Aiguillage.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.IntegrationTests;

/// <summary>The sender as the hosts run it: the site's background service, and the command line.</summary>
public sealed class MailHostTests(SqliteDatabase database) : IAsyncLifetime
{
    private SmtpSink _sink = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _sink = await SmtpSink.StartAsync();
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().QueuedMails.ExecuteDeleteAsync(Cancel);
    }

    public async ValueTask DisposeAsync() => await _sink.DisposeAsync();

    private string[] Settings =>
    [
        "--Database:Provider=Sqlite", $"--ConnectionStrings:Aiguillage={database.ConnectionString}",
        "--Mail:Mode=smtp", "--Mail:Host=127.0.0.1", $"--Mail:Port={_sink.Port}", "--Mail:Security=aucune",
    ];

    [Fact]
    public async Task The_site_sends_a_mail_queued_with_a_change_in_the_background()
    {
        await using var site = Hosts.On(database).WithWebHostBuilder(Hosts.SendingMailsTo(_sink));
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            MailOutbox.Enqueue(db, new MailTemplate("essai-site", "Votre demande a bien été envoyée") { Paragraphs = ["Merci."] }.To("camille@exemple.fr"), DateTime.UtcNow);
            await db.SaveChangesAsync(Cancel);
        }

        // The site's own jobs may send other mails meanwhile (reminders to the members other tests created): only ours counts.
        bool Ours(MimeKit.MimeMessage m) => m.To.Mailboxes.Any(a => a.Address == "camille@exemple.fr");
        Assert.NotNull(await Hosts.WithinAsync(TimeSpan.FromSeconds(20), () => Task.FromResult(_sink.Received.Any(Ours))));
        Assert.Equal("Votre demande a bien été envoyée", Assert.Single(_sink.Received, Ours).Subject);
    }

    [Fact]
    public async Task Mail_send_sends_what_is_due_and_mail_status_counts_it()
    {
        await EnqueueAsync(3);

        var send = await CliTests.RunAsync(["mail", "send", .. Settings]);
        var status = await CliTests.RunAsync(["mail", "status", .. Settings]);

        Assert.Equal(ExitCodes.Success, send.ExitCode);
        Assert.Equal("Courriels dus : 3 ; envoyés : 3 ; en échec (nouvel essai plus tard) : 0 ; abandonnés : 0.", OneLine(send.Output));
        Assert.Equal(3, _sink.Received.Count);
        Assert.Equal(ExitCodes.Success, status.ExitCode);
        Assert.Matches(@"envoyés\s*│\s*3", status.Output);
        Assert.Contains("Aucune erreur en cours.", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mail_send_with_the_server_down_keeps_the_mails_and_mail_status_shows_the_error()
    {
        await EnqueueAsync(2);
        await _sink.StopAsync();

        var send = await CliTests.RunAsync(["mail", "send", .. Settings]);
        var status = await CliTests.RunAsync(["mail", "status", .. Settings]);

        Assert.Equal(ExitCodes.Refused, send.ExitCode);
        Assert.Contains("envoyés : 0 ; en échec (nouvel essai plus tard) : 2", OneLine(send.Output), StringComparison.Ordinal);
        Assert.Matches(@"en échec, nouvel essai prévu\s*│\s*2", status.Output);
        Assert.Contains("Dernières erreurs", status.Output, StringComparison.Ordinal);
        Assert.Contains("essai-cli", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Smtp_without_a_host_is_refused_in_French_with_exit_code_2()
    {
        var run = await CliTests.RunAsync("mail", "send", "--Mail:Mode=smtp", "--Database:Provider=Sqlite", $"--ConnectionStrings:Aiguillage={database.ConnectionString}");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("Mail:Host est vide", run.Error, StringComparison.Ordinal);
    }

    /// <summary>The console wraps long lines at 80 columns.</summary>
    private static string OneLine(string output) => System.Text.RegularExpressions.Regex.Replace(output, @"\s+", " ").Trim();

    private async Task EnqueueAsync(int count)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        for (var i = 1; i <= count; i++)
        {
            MailOutbox.Enqueue(db, new MailTemplate("essai-cli", $"Courriel n° {i}") { Paragraphs = ["Bonjour."] }.To($"personne-{i}@exemple.fr"), DateTime.UtcNow);
        }

        await db.SaveChangesAsync(Cancel);
    }
}
