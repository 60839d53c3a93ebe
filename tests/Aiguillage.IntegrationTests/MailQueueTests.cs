using Aiguillage.Data;
using Aiguillage.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Aiguillage.IntegrationTests;

/// <summary>
/// The queue, the sender and a real SMTP server hosted by the test, on each database. Time is a clock the tests move,
/// so a retry an hour later takes no time. Each test empties the queue first (the tests of this assembly run one at a time).
/// </summary>
public abstract class MailQueueTests(TestDatabase database) : IAsyncLifetime
{
    private SmtpSink _sink = null!;

    protected ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database.SkipIfUnavailable();
        _sink = await SmtpSink.StartAsync();
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().QueuedMails.ExecuteDeleteAsync(Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sink is not null)
        {
            await _sink.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Queued_mails_reach_the_SMTP_server_with_their_French_text_and_HTML_part()
    {
        await EnqueueAsync(3);

        var report = await SendAsync(new SmtpMailTransport(_sink.Options()), _sink.Options());

        Assert.Equal(new MailSendReport(3, 3, 0, 0), report);
        Assert.Equal(3, _sink.Received.Count);
        var first = _sink.Received.Single(m => m.Subject == "Nouvelle demande de mise en relation n° 1");
        Assert.Equal("structure-1@exemple.fr", first.To.Mailboxes.Single().Address);
        Assert.Equal("Aiguillage", first.From.Mailboxes.Single().Name);
        Assert.Contains("L'association Élan rural souhaite être contactée.", first.TextBody, StringComparison.Ordinal);
        Assert.Contains("Élan rural", first.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://aiguillage.example/demandes/1\"", first.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Camille&lt;/b&gt;", first.HtmlBody, StringComparison.Ordinal);
        Assert.IsType<MultipartAlternative>(first.Body);

        var mails = await MailsAsync();
        Assert.All(mails, m => Assert.NotNull(m.SentAtUtc));
        Assert.All(mails, m => Assert.Equal(1, m.Attempts));
        Assert.All(mails, m => Assert.Null(m.ClaimedUntilUtc));
        Assert.Equal(new MailSendReport(0, 0, 0, 0), await SendAsync(new SmtpMailTransport(_sink.Options()), _sink.Options()));
        Assert.Equal(3, _sink.Received.Count);
    }

    [Fact]
    public async Task A_server_stopped_mid_way_loses_nothing_and_the_mails_leave_when_it_is_back()
    {
        await EnqueueAsync(6);
        var options = _sink.Options();

        var report = await SendAsync(new PlugPulledAfter(new SmtpMailTransport(options), 2, _sink), options);

        Assert.Equal(new MailSendReport(6, 2, 4, 0), report);
        Assert.Equal(2, _sink.Received.Count);
        var waiting = (await MailsAsync()).Where(m => m.SentAtUtc is null).ToList();
        Assert.Equal(4, waiting.Count);
        Assert.All(waiting, m =>
        {
            Assert.Equal(1, m.Attempts);
            Assert.False(m.Abandoned);
            Assert.False(string.IsNullOrEmpty(m.LastError));
            Assert.Equal(Clock.UtcNow.AddMinutes(1), DateTime.SpecifyKind(m.NextAttemptAtUtc, DateTimeKind.Utc));
            Assert.Null(m.ClaimedUntilUtc);
        });

        // Not due yet: nothing is tried before the wait is over, even with the server back.
        await _sink.StartAgainAsync();
        Assert.Equal(0, (await SendAsync(new SmtpMailTransport(options), options)).Claimed);

        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new MailSendReport(4, 4, 0, 0), await SendAsync(new SmtpMailTransport(options), options));

        Assert.Equal(Enumerable.Range(1, 6).Select(Subject).Order(), _sink.Received.Select(m => m.Subject).Order());
        Assert.All(await MailsAsync(), m => Assert.NotNull(m.SentAtUtc));
    }

    [Fact]
    public async Task A_server_that_never_answers_ends_in_abandoned_mails_that_the_status_shows()
    {
        await EnqueueAsync(2);
        var options = _sink.Options(maxAttempts: 3);
        await _sink.StopAsync();

        var reports = new List<MailSendReport>();
        for (var i = 0; i < 3; i++)
        {
            reports.Add(await SendAsync(new SmtpMailTransport(options), options));
            Clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal([new(2, 0, 2, 0), new(2, 0, 2, 0), new(2, 0, 2, 2)], reports);
        Assert.Equal(0, (await SendAsync(new SmtpMailTransport(options), options)).Claimed);
        await using var scope = database.Scope();
        var status = await new ReportMailQueue(scope.ServiceProvider.GetRequiredService<AppDbContext>()).HandleAsync(10, Cancel);
        Assert.Equal((0, 0, 0, 2), (status.Pending, status.Sent, status.FailedWaiting, status.Abandoned));
        Assert.Equal(2, status.LastErrors.Count);
        Assert.All(status.LastErrors, e => Assert.True(e.Abandoned && e.Attempts == 3 && e.Error.Length > 0));
    }

    [Fact]
    public async Task Two_senders_at_once_send_each_mail_exactly_once()
    {
        const int Count = 60;
        await EnqueueAsync(Count);
        var options = _sink.Options(batchSize: 4);

        async Task<int> RunSenderAsync()
        {
            var sent = 0;
            while (true)
            {
                var report = await SendAsync(new SmtpMailTransport(options), options);
                if (report.Claimed == 0)
                {
                    return sent;
                }

                sent += report.Sent;
            }
        }

        var senders = await Task.WhenAll(Task.Run(RunSenderAsync, Cancel), Task.Run(RunSenderAsync, Cancel));

        Assert.Equal(Count, senders.Sum());
        Assert.Equal(Count, _sink.Received.Count);
        Assert.Equal(Count, _sink.Received.Select(m => m.MessageId).Distinct().Count());
        Assert.All(await MailsAsync(), m => Assert.Equal(1, m.Attempts));
    }

    [Fact]
    public async Task The_file_transport_writes_eml_files_any_mail_program_can_read()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("aiguillage-courriels-");
        try
        {
            await EnqueueAsync(2);
            var options = new MailOptions { Directory = folder.FullName };

            Assert.Equal(new MailSendReport(2, 2, 0, 0), await SendAsync(new FileMailTransport(folder.FullName), options));

            var files = folder.GetFiles().OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
            Assert.Equal(2, files.Count);
            Assert.All(files, f => Assert.EndsWith(".eml", f.Name, StringComparison.Ordinal));
            var messages = files.Select(f => MimeMessage.Load(f.FullName, Cancel)).ToList();
            Assert.Equal(Enumerable.Range(1, 2).Select(Subject).Order(), messages.Select(m => m.Subject).Order());
            var message = messages.Single(m => m.Subject == Subject(2));
            Assert.Equal("structure-2@exemple.fr", message.To.Mailboxes.Single().Address);
            Assert.Contains("Élan rural", message.TextBody, StringComparison.Ordinal);
            Assert.Contains("Voir la demande</a>", message.HtmlBody, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Subject(int number) => $"Nouvelle demande de mise en relation n° {number}";

    private async Task EnqueueAsync(int count)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        for (var i = 1; i <= count; i++)
        {
            var content = new MailTemplate("essai-courriel", Subject(i))
            {
                Greeting = "Bonjour,",
                Paragraphs = ["L'association Élan rural souhaite être contactée.", "Message de <b>Camille</b> : merci !"],
                Action = new MailAction("Voir la demande", new Uri($"https://aiguillage.example/demandes/{i}")),
            }.To($"structure-{i}@exemple.fr");
            MailOutbox.Enqueue(db, content, Clock.UtcNow);
        }

        await db.SaveChangesAsync(Cancel);
    }

    private async Task<MailSendReport> SendAsync(IMailTransport transport, MailOptions options)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await new SendQueuedMails(db, transport, options, Clock).HandleAsync(Cancel);
    }

    private async Task<List<QueuedMail>> MailsAsync()
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().QueuedMails.AsNoTracking().OrderBy(m => m.Id).ToListAsync(Cancel);
    }

    /// <summary>The real SMTP transport, with a hand that stops the server after a number of mails, before the next one.</summary>
    private sealed class PlugPulledAfter(IMailTransport inner, int count, SmtpSink sink) : IMailTransport
    {
        private int _sent;

        public async Task<IMailSession> OpenAsync(CancellationToken cancellationToken) =>
            new Session(await inner.OpenAsync(cancellationToken), async (message, token, send) =>
            {
                if (_sent == count)
                {
                    await sink.StopAsync();
                }

                await send.SendAsync(message, token);
                _sent++;
            });

        private sealed class Session(IMailSession inner, Func<MimeMessage, CancellationToken, IMailSession, Task> send) : IMailSession
        {
            public Task SendAsync(MimeMessage message, CancellationToken cancellationToken) => send(message, cancellationToken, inner);

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }
}

/// <summary>A clock the tests move by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public DateTime UtcNow => _now.UtcDateTime;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

public sealed class SqliteMailQueueTests(SqliteDatabase database) : MailQueueTests(database);

public sealed class PostgresMailQueueTests(PostgresDatabase database) : MailQueueTests(database);
