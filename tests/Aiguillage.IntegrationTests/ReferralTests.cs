using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.Mail;
using Aiguillage.Offers;
using Aiguillage.Organisations;
using Aiguillage.Referrals;
using Aiguillage.Territories;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.IntegrationTests;

/// <summary>
/// Mises en relation through a real host, on SQLite and PostgreSQL: a holder sends a request (form and API), the
/// recipient answers through the private link (take on, decline, redirect, close), the holder follows and withdraws;
/// every change queues the right mails; deadlines remind, expire and anonymise; the form is rate-limited.
/// </summary>
public abstract partial class ReferralTests(TestDatabase database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Moderator = "moderation-nouvelle-aquitaine@example.org";

    private sealed record Written(int OfferWithEmail, int OfferWithoutEmail, int OfferElsewhere, string Token, string PublicEmail);

    private async Task<Written> WriteAsync()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var token = "relation" + Guid.NewGuid().ToString("N")[..8];
        var today = CatalogueClock.Today(TimeProvider.System);
        var email = $"contact-{token}@example.org";
        Structure NewStructure(string key, string? mail) => new($"relation-{token}", key, new StructureDetails(
            $"Structure {token} {key}", ["incubateur"], null, "23096", null, mail, null, [], true, $"Structure d'essai {token}.",
            ["https://example.org/relation"], null, StructureStatus.Active));
        var withEmail = NewStructure("avec-adresse", email);
        var withoutEmail = NewStructure("sans-adresse", null);
        var other = NewStructure("autre", $"autre-{token}@example.org");
        db.Structures.AddRange(withEmail, withoutEmail, other);
        await db.SaveChangesAsync(Ct);
        Offer NewOffer(Structure structure, string key) => new(structure.Id, $"relation-{token}", key, new OfferDetails(
            $"Offre {token} {key}", $"Accompagnement d'essai {token} à la création.", ["accompagnement"], [], ["creation"], ["financement"], [],
            [new CoverageZone(TerritoryLevel.Departement, "23")], "gratuit", null, null, null, null, null, null, null, OfferStatus.Published,
            null, null, ["https://example.org/relation"]));
        var a = NewOffer(withEmail, "a");
        var b = NewOffer(withoutEmail, "b");
        var c = NewOffer(other, "c");
        db.Offers.AddRange(a, b, c);
        await db.SaveChangesAsync(Ct);
        await database.Services.GetRequiredService<CatalogueProvider>().RefreshAsync(Ct);
        return new(a.Id, b.Id, c.Id, token, email);
    }

    private WebApplicationFactory<Program> Host(int permits = 1000) =>
        Hosts.On(database).WithWebHostBuilder(b =>
        {
            b.UseSetting("Site:PublicUrl", "http://aiguillage.test");
            b.UseSetting("Referrals:Moderators:0:Territory", "region:75");
            b.UseSetting("Referrals:Moderators:0:Email", Moderator);
            b.UseSetting("Referrals:RateLimit:PermitLimit", permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });

    private static async Task WaitVisibleAsync(HttpClient client, int offerId) =>
        Assert.NotNull(await Hosts.WithinAsync(TimeSpan.FromSeconds(5), async () => (await client.GetAsync($"/offres/{offerId}", Ct)).StatusCode == HttpStatusCode.OK));

    private static object Body(int offerId, string email, bool consent = true) => new
    {
        offreId = offerId,
        nom = "Camille Martin",
        courriel = email,
        telephone = "05 55 00 00 00",
        message = "Nous créons une épicerie solidaire à Guéret et cherchons un accompagnement au financement.",
        profil = new { commune = "23096", etape = "creation", besoins = new[] { "financement" }, @public = "association" },
        consentement = consent,
    };

    private async Task<List<QueuedMail>> MailsToAsync(string address)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.QueuedMails.AsNoTracking().Where(m => m.Recipient == address).OrderBy(m => m.Id).ToListAsync(Ct);
    }

    private static string LinkIn(QueuedMail mail, string path) =>
        Regex.Match(mail.TextBody, $@"http://aiguillage\.test{Regex.Escape(path)}([A-Za-z0-9_-]{{43}})").Groups[1].Value;

    private static async Task<(string Html, HttpStatusCode Status)> GetPageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        return (await response.Content.ReadAsStringAsync(Ct), response.StatusCode);
    }

    /// <summary>Posts a form of the page with its antiforgery token and the given fields.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string handler, params (string Key, string Value)[] fields)
    {
        var (html, _) = await GetPageAsync(client, url);
        var antiforgery = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var version = Regex.Match(html, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        var values = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", antiforgery) };
        if (version.Length > 0)
        {
            values.Add(new("version", version));
        }

        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
        return await client.PostAsync(handler.Length == 0 ? url : $"{url}?handler={handler}", new FormUrlEncodedContent(values), Ct);
    }

    [Fact]
    public async Task A_request_sent_by_the_api_reaches_the_public_address_and_the_holder_follows_each_answer()
    {
        database.SkipIfUnavailable();
        var w = await WriteAsync();
        await using var host = Host();
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await WaitVisibleAsync(client, w.OfferWithEmail);
        var holder = $"porteur-{w.Token}@example.org";

        var created = await client.PostAsJsonAsync("/api/v1/mises-en-relation", Body(w.OfferWithEmail, holder), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Ct)).RootElement;
        var token = json.GetProperty("jeton").GetString()!;
        Assert.Equal($"/api/v1/mises-en-relation/{token}", created.Headers.Location!.OriginalString);
        Assert.Equal("ouverte", json.GetProperty("statut").GetString());
        Assert.Contains(w.PublicEmail, json.GetProperty("destinataire").GetString(), StringComparison.Ordinal);

        // The recipient gets the project and the holder's details with a private link; the holder gets the follow-up link.
        var toStructure = Assert.Single(await MailsToAsync(w.PublicEmail));
        Assert.Contains("Camille Martin", toStructure.TextBody, StringComparison.Ordinal);
        Assert.Contains("épicerie solidaire", toStructure.TextBody, StringComparison.Ordinal);
        Assert.Contains("Guéret", toStructure.TextBody, StringComparison.Ordinal);
        var answer = LinkIn(toStructure, "/mises-en-relation/repondre/");
        Assert.NotEqual(token, answer);
        var toHolder = Assert.Single(await MailsToAsync(holder));
        Assert.Equal(token, LinkIn(toHolder, "/mises-en-relation/"));

        // The status API gives the history, never the holder's or anyone's personal data.
        var status = await client.GetStringAsync($"/api/v1/mises-en-relation/{token}", Ct);
        Assert.DoesNotContain(holder, status, StringComparison.Ordinal);
        Assert.DoesNotContain("Camille", status, StringComparison.Ordinal);
        Assert.DoesNotContain(w.PublicEmail.Split('@')[0] + "@", status.Replace(w.PublicEmail, "", StringComparison.Ordinal), StringComparison.Ordinal);

        // The recipient takes it on through the page; the holder is told and sees it.
        var accepted = await PostFormAsync(client, $"/mises-en-relation/repondre/{answer}", "Accepter");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(2, (await MailsToAsync(holder)).Count);
        var statusJson = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/mises-en-relation/{token}", Ct)).RootElement;
        Assert.Equal("prise-en-charge", statusJson.GetProperty("statut").GetString());
        Assert.Equal(["envoyee", "prise-en-charge"], statusJson.GetProperty("historique").EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToArray());

        // Taken on, it can still be handed on: the next structure gets a new link, the old one stops working.
        var redirected = await PostFormAsync(client, $"/mises-en-relation/repondre/{answer}", "Reorienter", ("offreId", w.OfferElsewhere.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("note", "Le financement relève plutôt de nos partenaires."));
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/mises-en-relation/repondre/{answer}", Ct)).StatusCode);
        var toNext = Assert.Single(await MailsToAsync($"autre-{w.Token}@example.org"));
        Assert.Contains("Le financement relève plutôt de nos partenaires.", toNext.TextBody, StringComparison.Ordinal);
        var nextAnswer = LinkIn(toNext, "/mises-en-relation/repondre/");
        var (inbox, _) = await GetPageAsync(client, $"/mises-en-relation/repondre/{nextAnswer}");
        Assert.Contains("Camille Martin", inbox, StringComparison.Ordinal);
        Assert.Contains("Le financement relève plutôt de nos partenaires.", inbox, StringComparison.Ordinal);

        // The second structure declines with a reason from the list; the holder sees the whole chain.
        var missingReason = await PostFormAsync(client, $"/mises-en-relation/repondre/{nextAnswer}", "Refuser", ("motif", ""));
        Assert.Equal(HttpStatusCode.BadRequest, missingReason.StatusCode);
        Assert.Contains("Choisissez un motif", await missingReason.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var declined = await PostFormAsync(client, $"/mises-en-relation/repondre/{nextAnswer}", "Refuser", ("motif", "capacite"), ("note", "Rappelez-nous au printemps."));
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        var (encoded, pageStatus) = await GetPageAsync(client, $"/mises-en-relation/{token}");
        Assert.Equal(HttpStatusCode.OK, pageStatus);
        var page = WebUtility.HtmlDecode(encoded);
        Assert.Contains("Refusée", page, StringComparison.Ordinal);
        Assert.Contains("Plus de place pour l'instant", page, StringComparison.Ordinal);
        Assert.Contains($"Structure {w.Token} avec-adresse réoriente la demande vers Structure {w.Token} autre", page, StringComparison.Ordinal);
        var holderMails = await MailsToAsync(holder);
        Assert.Equal(4, holderMails.Count);
        Assert.Contains("Plus de place pour l'instant", holderMails[^1].TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Retirer ma demande", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_structure_without_an_address_is_reached_through_its_territorys_moderators_and_the_form_says_so()
    {
        database.SkipIfUnavailable();
        var w = await WriteAsync();
        await using var host = Host();
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await WaitVisibleAsync(client, w.OfferWithoutEmail);

        var (form, _) = await GetPageAsync(client, $"/offres/{w.OfferWithoutEmail}/mise-en-relation?commune=23096&etape=creation&besoins=financement");
        Assert.Contains("Qui recevra votre demande", form, StringComparison.Ordinal);
        Assert.Contains("équipe de modération d&#x27;Aiguillage pour Nouvelle-Aquitaine", form.Replace("&#39;", "&#x27;", StringComparison.Ordinal), StringComparison.Ordinal);

        var holder = $"porteur-mod-{w.Token}@example.org";
        var sent = await PostFormAsync(client, $"/offres/{w.OfferWithoutEmail}/mise-en-relation", "",
            ("nom", "Alex Dupont"), ("courriel", holder), ("message", "Une ressourcerie associative en création dans la Creuse."),
            ("commune", "23096"), ("etape", "creation"), ("besoins", "financement"), ("joindre_profil", "true"), ("joindre_profil", "false"), ("consentement", "true"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var follow = sent.Headers.Location!.OriginalString;
        Assert.Matches("^/mises-en-relation/[A-Za-z0-9_-]{43}$", follow);
        var toModerators = (await MailsToAsync(Moderator)).Last();
        Assert.Contains("modérateur", toModerators.TextBody, StringComparison.Ordinal);
        Assert.Contains("Alex Dupont", toModerators.TextBody, StringComparison.Ordinal);
        var (page, status) = await GetPageAsync(client, follow);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True((await client.GetAsync(follow, Ct)).Headers.CacheControl?.NoStore);
        Assert.Contains("Ouverte", page, StringComparison.Ordinal);

        // The holder withdraws; the moderators are told; a second withdrawal with the old version is refused, not lost.
        var withdrawn = await PostFormAsync(client, follow, "Retirer");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Contains("retiré", (await MailsToAsync(Moderator)).Last().TextBody, StringComparison.Ordinal);
        Assert.Contains("Clôturée", (await GetPageAsync(client, follow)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_gets_french_messages_and_problem_details_never_a_500()
    {
        database.SkipIfUnavailable();
        var w = await WriteAsync();
        await using var host = Host();
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await WaitVisibleAsync(client, w.OfferWithEmail);

        var invalid = await client.PostAsJsonAsync("/api/v1/mises-en-relation", new { offreId = w.OfferWithEmail, nom = "A", courriel = "pas-une-adresse", message = "court", telephone = "abc", profil = new { commune = "99999", etape = "inconnue", besoins = new[] { "rien" } }, consentement = false }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("erreurs");
        Assert.Equal(["besoins", "commune", "consentement", "courriel", "etape", "message", "nom", "telephone"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/v1/mises-en-relation", Body(int.MaxValue, "a@example.org"), Ct)).StatusCode);
        var malformed = await client.PostAsync("/api/v1/mises-en-relation", new StringContent("{\"offreId\": \"abc\"", System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("JSON", await malformed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await client.PostAsync("/api/v1/mises-en-relation", new StringContent("nom=x"), Ct)).StatusCode);
        var unknown = await client.GetAsync("/api/v1/mises-en-relation/" + new string('a', 43), Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/mises-en-relation/<script>", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/mises-en-relation/repondre/" + new string('b', 43), Ct)).StatusCode);

        // The form keeps what was typed and says what to fix; nothing is stored.
        var form = await PostFormAsync(client, $"/offres/{w.OfferWithEmail}/mise-en-relation", "", ("nom", "Camille"), ("courriel", "camille@"), ("message", "Un projet"), ("joindre_profil", "false"));
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        var html = WebUtility.HtmlDecode(await form.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Indiquez une adresse électronique valide", html, StringComparison.Ordinal);
        Assert.Contains("Cochez la case d'accord", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Camille\"", html, StringComparison.Ordinal);
        Assert.Empty(await MailsToAsync("camille@"));

        // The honeypot: a robot is thanked, nothing is stored or sent.
        var robot = await PostFormAsync(client, $"/offres/{w.OfferWithEmail}/mise-en-relation", "", ("nom", "Robot"), ("courriel", $"robot-{w.Token}@example.org"), ("message", "Achetez nos produits miracles dès maintenant !"), ("consentement", "true"), ("site_web", "http://spam.example"));
        Assert.Equal(HttpStatusCode.Redirect, robot.StatusCode);
        Assert.Empty(await MailsToAsync($"robot-{w.Token}@example.org"));
    }

    [Fact]
    public async Task Two_answers_to_the_same_request_never_both_win()
    {
        database.SkipIfUnavailable();
        var w = await WriteAsync();
        await using var host = Host();
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await WaitVisibleAsync(client, w.OfferWithEmail);
        (await client.PostAsJsonAsync("/api/v1/mises-en-relation", Body(w.OfferWithEmail, $"conflit-{w.Token}@example.org"), Ct)).EnsureSuccessStatusCode();
        var answer = LinkIn((await MailsToAsync(w.PublicEmail)).Last(), "/mises-en-relation/repondre/");

        // Two colleagues open the page, then both answer with the version they were shown.
        var (page, _) = await GetPageAsync(client, $"/mises-en-relation/repondre/{answer}");
        var antiforgery = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var version = Regex.Match(page, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        FormUrlEncodedContent Form(params (string, string)[] extra) =>
            new([new("__RequestVerificationToken", antiforgery), new("version", version), .. extra.Select(e => new KeyValuePair<string, string>(e.Item1, e.Item2))]);
        var first = await client.PostAsync($"/mises-en-relation/repondre/{answer}?handler=Accepter", Form(), Ct);
        var second = await client.PostAsync($"/mises-en-relation/repondre/{answer}?handler=Refuser", Form(("motif", "capacite")), Ct);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("La demande a changé depuis l'affichage de cette page", WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.Referrals.Include(r => r.Events).AsNoTracking().SingleAsync(r => r.RecipientToken == answer, Ct);
        Assert.Equal(ReferralStatus.Accepted, stored.Status);
        Assert.DoesNotContain(stored.Events, e => e.Kind == ReferralEventKind.Declined);
    }

    [Fact]
    public async Task Deadlines_remind_after_ten_days_expire_after_thirty_and_anonymise_after_the_retention_period()
    {
        database.SkipIfUnavailable();
        var w = await WriteAsync();
        var options = new ReferralOptions().WithPublicUrl("http://aiguillage.test");
        var holder = $"delais-{w.Token}@example.org";
        string token;
        await using (var scope = database.Scope())
        {
            var send = new SendReferral(scope.ServiceProvider.GetRequiredService<AppDbContext>(), database.Services.GetRequiredService<CatalogueProvider>(), options, scope.ServiceProvider.GetRequiredService<IModeratorDirectory>(), TimeProvider.System);
            var sent = await send.HandleAsync(new ReferralRequest(w.OfferWithEmail, "Dominique", holder, null, "Un projet de cantine solidaire à Guéret, en création.", null, null, [], null, true), Ct);
            token = Assert.IsType<SentReferral>(sent.Sent).HolderToken;
        }

        async Task<ReferralDeadlineCounts> RunAtAsync(TimeSpan later)
        {
            await using var scope = database.Scope();
            return await new RunReferralDeadlines(scope.ServiceProvider.GetRequiredService<AppDbContext>(), database.Services.GetRequiredService<CatalogueProvider>(), options, new ShiftedClock(later)).HandleAsync(Ct);
        }

        async Task<Referral> StoredAsync()
        {
            await using var scope = database.Scope();
            return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Referrals.Include(r => r.Events).AsNoTracking().SingleAsync(r => r.HolderToken == token, Ct);
        }

        await RunAtAsync(TimeSpan.FromDays(9));
        Assert.Null((await StoredAsync()).ReminderSentAtUtc);

        await RunAtAsync(TimeSpan.FromDays(10.5));
        Assert.NotNull((await StoredAsync()).ReminderSentAtUtc);
        Assert.Contains((await MailsToAsync(w.PublicEmail)), m => m.Kind == "mise-en-relation-relance");
        await RunAtAsync(TimeSpan.FromDays(11));
        Assert.Single(await MailsToAsync(w.PublicEmail), m => m.Kind == "mise-en-relation-relance");

        await RunAtAsync(TimeSpan.FromDays(30.5));
        var expired = await StoredAsync();
        Assert.Equal(ReferralStatus.Expired, expired.Status);
        Assert.Equal("mise-en-relation-expiree", (await MailsToAsync(holder)).Last().Kind);

        await RunAtAsync(TimeSpan.FromDays(30.5 + (31 * 24)));
        var anonymised = await StoredAsync();
        Assert.NotNull(anonymised.AnonymisedAtUtc);
        Assert.Equal("", anonymised.HolderEmail);
        Assert.Equal("", anonymised.Message);
        Assert.Equal(ReferralStatus.Expired, anonymised.Status);
        Assert.Equal([ReferralEventKind.Sent, ReferralEventKind.Reminded, ReferralEventKind.Expired], anonymised.Events.OrderBy(e => e.Id).Select(e => e.Kind).ToArray());
    }

    [Fact]
    public async Task The_request_form_and_api_answer_429_beyond_the_rate_limit()
    {
        database.SkipIfUnavailable();
        var w = await WriteAsync();
        await using var host = Host(permits: 3);
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await WaitVisibleAsync(client, w.OfferWithEmail);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/v1/mises-en-relation", Body(w.OfferWithEmail, $"limite{i}-{w.Token}@example.org"), Ct)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        var limited = await client.PostAsJsonAsync("/api/v1/mises-en-relation", Body(w.OfferWithEmail, "x@example.org"), Ct);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(limited.Headers.RetryAfter);
        var page = await client.PostAsync($"/offres/{w.OfferWithEmail}/mise-en-relation", new FormUrlEncodedContent([]), Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("Trop de demandes", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/offres/{w.OfferWithEmail}/mise-en-relation", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_loop_goes_through_a_real_smtp_server_holder_recipient_next_recipient_and_back()
    {
        database.SkipIfUnavailable();
        var w = await WriteAsync();
        await using var sink = await SmtpSink.StartAsync();
        await using var host = Host().WithWebHostBuilder(Hosts.SendingMailsTo(sink));
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await WaitVisibleAsync(client, w.OfferWithEmail);
        var holder = $"smtp-{w.Token}@example.org";

        async Task<MimeKit.MimeMessage> ReceivedAsync(string to, int count)
        {
            Assert.NotNull(await Hosts.WithinAsync(TimeSpan.FromSeconds(20), () => Task.FromResult(sink.Received.Count(m => m.To.Mailboxes.Any(x => x.Address == to)) >= count)));
            return sink.Received.Where(m => m.To.Mailboxes.Any(x => x.Address == to)).ElementAt(count - 1);
        }

        static string Link(MimeKit.MimeMessage message, string path) =>
            Regex.Match(message.TextBody ?? "", $@"http://aiguillage\.test({Regex.Escape(path)}[A-Za-z0-9_-]{{43}})").Groups[1].Value;

        (await client.PostAsJsonAsync("/api/v1/mises-en-relation", Body(w.OfferWithEmail, holder), Ct)).EnsureSuccessStatusCode();
        var request = await ReceivedAsync(w.PublicEmail, 1);
        Assert.StartsWith("Demande de mise en relation", request.Subject, StringComparison.Ordinal);
        Assert.Contains("épicerie solidaire", request.HtmlBody, StringComparison.Ordinal);
        var sentCopy = await ReceivedAsync(holder, 1);
        var follow = Link(sentCopy, "/mises-en-relation/");
        Assert.Contains("Bonjour Camille Martin,", sentCopy.TextBody, StringComparison.Ordinal);

        var answer = Link(request, "/mises-en-relation/repondre/");
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(client, answer, "Reorienter", ("offreId", w.OfferElsewhere.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("note", "Voyez nos voisins."))).StatusCode);
        var handedOn = await ReceivedAsync($"autre-{w.Token}@example.org", 1);
        Assert.Contains("Voyez nos voisins.", handedOn.TextBody, StringComparison.Ordinal);
        Assert.Contains("transmis votre demande", (await ReceivedAsync(holder, 2)).TextBody, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(client, Link(handedOn, "/mises-en-relation/repondre/"), "Accepter")).StatusCode);
        Assert.Contains("prend en charge votre demande", (await ReceivedAsync(holder, 3)).TextBody, StringComparison.Ordinal);
        var (page, _) = await GetPageAsync(client, follow);
        Assert.Contains("Prise en charge", page, StringComparison.Ordinal);
    }

    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }
}

public sealed class SqliteReferralTests(SqliteDatabase database) : ReferralTests(database);

public sealed class PostgresReferralTests(PostgresDatabase database) : ReferralTests(database);
