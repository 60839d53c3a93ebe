using System.Net;
using System.Text.RegularExpressions;
using Aiguillage.Accounts;
using Aiguillage.Data;
using Aiguillage.Mail;
using Aiguillage.Web;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.IntegrationTests;

/// <summary>
/// Two instances of the site on one PostgreSQL database, as behind nginx in production (ADR 018): what one signs, the
/// other accepts (sign-in cookie, antiforgery token, one-time link), and a queued mail leaves once although both run
/// their sender. Skipped without PostgreSQL, like the other PostgreSQL tests.
/// </summary>
public sealed class InstancesTests(PostgresDatabase database)
{
    private const string Password = "une phrase de passe assez longue";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private WebApplicationFactory<Program> Instance(Action<Microsoft.AspNetCore.Hosting.IWebHostBuilder>? more = null) =>
        Hosts.On(database).WithWebHostBuilder(b =>
        {
            b.UseSetting("Referrals:RateLimit:PermitLimit", "1000");
            more?.Invoke(b);
        });

    private static async Task<string> AntiforgeryAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url, Ct);
        return Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    }

    [Fact]
    public async Task A_sign_in_cookie_and_an_antiforgery_token_from_one_instance_are_accepted_by_the_other()
    {
        database.SkipIfUnavailable();
        await using var a = Instance();
        await using var b = Instance();
        var email = $"instances-{Guid.NewGuid():N}@example.org";
        string link;
        await using (var scope = a.Services.CreateAsyncScope())
        {
            var grant = await scope.ServiceProvider.GetRequiredService<ManageAccounts>().GrantAsync(new AccountGrant(email, Roles.Administrator), Ct);
            Assert.Empty(grant.Errors);
            link = grant.PasswordLink!;
        }

        // One browser, two instances: the cookies it holds go to whichever instance nginx picks.
        var cookies = new CookieContainer();
        var toA = a.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
        var toB = b.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));

        // The one-time link made by A opens on B, with a form whose antiforgery token B made and A accepts.
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(link).Query);
        var setPassword = await toA.PostAsync("/compte/nouveau-mot-de-passe", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await AntiforgeryAsync(toB, new Uri(link).PathAndQuery),
            ["courriel"] = query["courriel"]!,
            ["code"] = query["code"]!,
            ["mot_de_passe"] = Password,
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, setPassword.StatusCode);
        Assert.Equal("/compte/connexion", setPassword.Headers.Location!.OriginalString);

        // The sign-in form comes from A, is posted to B; the cookie B sets opens the space on A.
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await AntiforgeryAsync(toA, "/compte/connexion"),
            ["courriel"] = email,
            ["mot_de_passe"] = Password,
        };
        var signIn = await toB.PostAsync("/compte/connexion", new FormUrlEncodedContent(form), Ct);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/espace", signIn.Headers.Location!.OriginalString);
        var space = await toA.GetAsync("/espace", Ct);
        Assert.Equal(HttpStatusCode.OK, space.StatusCode);

        // The check is real: the same token without the cookie it goes with is refused.
        var stranger = b.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(new CookieContainer()));
        Assert.Equal(HttpStatusCode.BadRequest, (await stranger.PostAsync("/compte/connexion", new FormUrlEncodedContent(form), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync("/espace", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_queued_mail_leaves_once_when_both_instances_run_their_sender_and_the_other_takes_over_when_the_holder_stops()
    {
        database.SkipIfUnavailable();
        await using var sink = await SmtpSink.StartAsync();
        var a = Instance(Hosts.SendingMailsTo(sink));
        await using var b = Instance(Hosts.SendingMailsTo(sink));
        try
        {
            _ = a.Services;
            _ = b.Services;
            var token = Guid.NewGuid().ToString("N")[..8];
            string Recipient(int i) => $"instances-{token}-{i}@exemple.fr";
            await EnqueueAsync(b, Enumerable.Range(0, 30).Select(Recipient));

            // Other tests' structures may get reminders meanwhile: only our recipients count.
            int Count(string recipient) => sink.Received.Count(m => m.To.Mailboxes.Any(x => x.Address == recipient));
            Assert.NotNull(await Hosts.WithinAsync(TimeSpan.FromSeconds(30), () => Task.FromResult(Enumerable.Range(0, 30).All(i => Count(Recipient(i)) >= 1))));
            // Both senders tick every 200 ms: a second copy would have had several turns to leave.
            await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);
            Assert.All(Enumerable.Range(0, 30), i => Assert.Equal(1, Count(Recipient(i))));

            // One of the two holds the queue's lease; when it stops it gives the lease up and the other sends the next mail.
            var (nameA, nameB) = (a.Services.GetRequiredService<LeaseHolder>().Name, b.Services.GetRequiredService<LeaseHolder>().Name);
            var holder = await HolderAsync(b);
            Assert.Contains(holder, new[] { nameA, nameB });
            var (holding, other, otherName) = holder == nameA ? (a, b, nameB) : (b, a, nameA);
            await holding.DisposeAsync();
            await EnqueueAsync(other, [Recipient(30)]);
            Assert.NotNull(await Hosts.WithinAsync(TimeSpan.FromSeconds(20), () => Task.FromResult(Count(Recipient(30)) == 1)));
            Assert.Equal(otherName, await HolderAsync(other));
        }
        finally
        {
            await a.DisposeAsync();
        }
    }

    private static async Task EnqueueAsync(WebApplicationFactory<Program> host, IEnumerable<string> recipients)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var recipient in recipients)
        {
            MailOutbox.Enqueue(db, new MailTemplate("essai-instances", "Une seule fois") { Paragraphs = ["Merci."] }.To(recipient), DateTime.UtcNow);
        }

        await db.SaveChangesAsync(Ct);
    }

    private static async Task<string?> HolderAsync(WebApplicationFactory<Program> host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JobLeases>().HolderAsync(MailSender.Job, Ct);
    }
}
