using System.Net;
using System.Text.RegularExpressions;
using Aiguillage.Accounts;
using Aiguillage.Catalogue;
using Aiguillage.Data;
using Aiguillage.Offers;
using Aiguillage.Organisations;
using Aiguillage.Referrals;
using Aiguillage.Territories;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.IntegrationTests;

/// <summary>
/// Accounts through a real host, on SQLite and PostgreSQL: accounts made with their one-time link, sign-in without
/// account enumeration, lockout, and the authorisation matrix of the space (anonymous, member of A, member of B,
/// moderator of the région, moderator of another région, administrator) over every protected route.
/// </summary>
public abstract class AccountTests(TestDatabase database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Password = "une phrase de passe assez longue";

    private sealed record World(WebApplicationFactory<Program> Host, int ReferralOfA, int ReferralOfB, string Token, int OfferOfA = 0);

    private async Task<World> BuildAsync()
    {
        var token = "compte" + Guid.NewGuid().ToString("N")[..8];
        // The public forms share one rate limit per address (ReferralRateLimit); these tests post more than 5 forms.
        var host = Hosts.On(database).WithWebHostBuilder(b => b.UseSetting("Referrals:RateLimit:PermitLimit", "1000"));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Structure NewStructure(string key) => new($"compte-{token}", key, new StructureDetails(
            $"Structure {token} {key}", ["incubateur"], null, "23096", null, $"{key}-{token}@example.org", null, [], true, "Structure d'essai.",
            ["https://example.org/compte"], null, StructureStatus.Active));
        var a = NewStructure("a");
        var b = NewStructure("b");
        db.Structures.AddRange(a, b);
        await db.SaveChangesAsync(Ct);
        Offer NewOffer(Structure s) => new(s.Id, $"compte-{token}", $"offre-{s.Id}", new OfferDetails(
            $"Offre {token} {s.Id}", "Accompagnement d'essai à la création.", ["accompagnement"], [], ["creation"], ["financement"], [],
            [new CoverageZone(TerritoryLevel.Departement, "23")], "gratuit", null, null, null, null, null, null, null, OfferStatus.Published,
            null, null, ["https://example.org/compte"]));
        var offerA = NewOffer(a);
        var offerB = NewOffer(b);
        db.Offers.AddRange(offerA, offerB);
        await db.SaveChangesAsync(Ct);
        await host.Services.GetRequiredService<CatalogueProvider>().RefreshAsync(Ct);

        var send = scope.ServiceProvider.GetRequiredService<SendReferral>();
        async Task<int> SendAsync(int offerId) =>
            (await send.HandleAsync(new ReferralRequest(offerId, "Porteur Essai", $"porteur-{token}@example.org", null, "Un projet d'essai assez long pour être valable.", null, null, [], null, true), Ct)).Sent!.Id;
        var referralA = await SendAsync(offerA.Id);
        var referralB = await SendAsync(offerB.Id);

        var accounts = scope.ServiceProvider.GetRequiredService<ManageAccounts>();
        async Task GrantAsync(AccountGrant grant)
        {
            var result = await accounts.GrantAsync(grant, Ct);
            Assert.Empty(result.Errors);
            await SetPasswordAsync(host, result.PasswordLink!);
        }

        await GrantAsync(new AccountGrant($"membre-a-{token}@example.org", Roles.Member, StructureId: a.Id));
        await GrantAsync(new AccountGrant($"membre-b-{token}@example.org", Roles.Member, StructureId: b.Id));
        await GrantAsync(new AccountGrant($"moderation-75-{token}@example.org", Roles.Moderator, Territory: "region:75"));
        await GrantAsync(new AccountGrant($"moderation-84-{token}@example.org", Roles.Moderator, Territory: "region:84"));
        await GrantAsync(new AccountGrant($"admin-{token}@example.org", Roles.Administrator));
        return new World(host, referralA, referralB, token, offerA.Id);
    }

    private static async Task<(string Antiforgery, string Html)> FormAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url, Ct);
        return (Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value, html);
    }

    private static async Task SetPasswordAsync(WebApplicationFactory<Program> host, string link)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var path = new Uri(link).PathAndQuery;
        var (antiforgery, _) = await FormAsync(client, path);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(link).Query);
        var response = await client.PostAsync("/compte/nouveau-mot-de-passe", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["courriel"] = query["courriel"]!,
            ["code"] = query["code"]!,
            ["mot_de_passe"] = Password,
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/compte/connexion", response.Headers.Location!.OriginalString);
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var (antiforgery, _) = await FormAsync(client, "/compte/connexion");
        return await client.PostAsync("/compte/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["courriel"] = email,
            ["mot_de_passe"] = password,
        }), Ct);
    }

    private static async Task<HttpClient> SignedInAsync(World w, string who)
    {
        var client = w.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await SignInAsync(client, $"{who}-{w.Token}@example.org", Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/espace", response.Headers.Location!.OriginalString);
        return client;
    }

    [Fact]
    public async Task Each_role_sees_exactly_the_requests_it_may_answer()
    {
        database.SkipIfUnavailable();
        var w = await BuildAsync();
        await using var host = w.Host;

        // Anonymous: sent to sign in, for the list and for any request.
        var anonymous = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var url in new[] { "/espace", $"/espace/demande/{w.ReferralOfA}", "/espace/csv", "/espace/offres" })
        {
            var response = await anonymous.GetAsync(url, Ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/compte/connexion", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        // who → (sees A, sees B)
        var matrix = new Dictionary<string, (bool A, bool B)>
        {
            ["membre-a"] = (true, false),
            ["membre-b"] = (false, true),
            ["moderation-75"] = (true, true),
            ["moderation-84"] = (false, false),
            ["admin"] = (true, true),
        };
        foreach (var (who, (seesA, seesB)) in matrix)
        {
            var client = await SignedInAsync(w, who);
            var list = await client.GetStringAsync("/espace", Ct);
            var csv = await client.GetAsync("/espace/csv", Ct);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
            var csvText = await csv.Content.ReadAsStringAsync(Ct);
            Assert.StartsWith("structure;recues;en_attente", csvText.TrimStart('\uFEFF'), StringComparison.Ordinal);
            Assert.True(seesA == csvText.Contains($"Structure {w.Token} a;1;1;", StringComparison.Ordinal), $"{who} : tableau de bord CSV, structure A");
            foreach (var (id, sees) in new[] { (w.ReferralOfA, seesA), (w.ReferralOfB, seesB) })
            {
                Assert.True(sees == list.Contains($"href=\"/espace/demande/{id}\"", StringComparison.Ordinal), $"{who} : liste, demande {id}");
                var one = await client.GetAsync($"/espace/demande/{id}", Ct);
                Assert.True(sees ? one.StatusCode == HttpStatusCode.Redirect : one.StatusCode == HttpStatusCode.NotFound, $"{who} : demande {id} → {one.StatusCode}");
                if (sees)
                {
                    Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(one.Headers.Location, Ct)).StatusCode);
                }
            }
        }
    }

    [Fact]
    public async Task Sign_in_says_the_same_thing_for_a_wrong_password_and_an_unknown_address_and_locks_after_five_failures()
    {
        database.SkipIfUnavailable();
        var w = await BuildAsync();
        await using var host = w.Host;
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var unknown = await SignInAsync(client, $"inconnu-{w.Token}@example.org", Password);
        var wrong = await SignInAsync(client, $"admin-{w.Token}@example.org", "pas le bon mot de passe");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        static string Message(string html) => Regex.Match(html, "<div class=\"error-summary\"[^>]*><p>([^<]*)</p>").Groups[1].Value;
        Assert.Equal(Message(await unknown.Content.ReadAsStringAsync(Ct)), Message(await wrong.Content.ReadAsStringAsync(Ct)));
        Assert.NotEmpty(Message(await wrong.Content.ReadAsStringAsync(Ct)));

        for (var i = 0; i < 4; i++)
        {
            await SignInAsync(client, $"admin-{w.Token}@example.org", "toujours pas le bon");
        }

        // Locked: even the right password is refused, with the same message.
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(client, $"admin-{w.Token}@example.org", Password)).StatusCode);

        // The forgotten-password page answers the same whether or not the address has an account.
        var (antiforgery, _) = await FormAsync(client, "/compte/mot-de-passe-oublie");
        async Task<string> AskAsync(string email) => Regex.Replace(await (await client.PostAsync("/compte/mot-de-passe-oublie", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["courriel"] = email,
        }), Ct)).Content.ReadAsStringAsync(Ct), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "");
        Assert.Equal(await AskAsync($"inconnu-{w.Token}@example.org"), await AskAsync($"membre-a-{w.Token}@example.org"));
    }

    [Fact]
    public async Task A_member_confirms_an_offer_of_their_structure_and_every_page_says_so_within_two_seconds()
    {
        database.SkipIfUnavailable();
        var w = await BuildAsync();
        await using var host = w.Host;
        var anonymous = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/espace/offres", Ct)).StatusCode);
        Assert.DoesNotContain("Informations vérifiées le", WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/offres/{w.OfferOfA}", Ct)), StringComparison.Ordinal);

        async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, int? version = null)
        {
            var (antiforgery, html) = await FormAsync(client, "/espace/offres");
            var shown = Regex.Match(html, $"name=\"offreId\" value=\"{w.OfferOfA}\" />\\s*<input type=\"hidden\" name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
            return await client.PostAsync("/espace/offres?handler=Confirmer", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = antiforgery,
                ["offreId"] = w.OfferOfA.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["version"] = version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? (shown.Length > 0 ? shown : "0"),
            }), Ct);
        }

        // A member of another structure does not see the offer and cannot confirm it.
        var memberB = await SignedInAsync(w, "membre-b");
        Assert.DoesNotContain($"/offres/{w.OfferOfA}\"", await memberB.GetStringAsync("/espace/offres", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await ConfirmAsync(memberB, version: 1)).StatusCode);

        // A version that is no longer the offer's is refused, nothing is lost.
        var memberA = await SignedInAsync(w, "membre-a");
        Assert.Equal(HttpStatusCode.Conflict, (await ConfirmAsync(memberA, version: 999)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(memberA)).StatusCode);
        Assert.NotNull(await Hosts.WithinAsync(TimeSpan.FromSeconds(2), async () =>
            WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/offres/{w.OfferOfA}", Ct)).Contains("Informations vérifiées le", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Moderators_see_the_offers_of_their_territory_that_nobody_confirmed_for_24_months()
    {
        database.SkipIfUnavailable();
        var w = await BuildAsync();
        await using var host = w.Host;
        bool Lists(string html) => html.Contains("À faire vérifier", StringComparison.Ordinal) && html.Contains($"<td><a href=\"/offres/{w.OfferOfA}\">", StringComparison.Ordinal);
        Assert.True(Lists(WebUtility.HtmlDecode(await (await SignedInAsync(w, "moderation-75")).GetStringAsync("/espace/offres", Ct))));
        Assert.False(Lists(WebUtility.HtmlDecode(await (await SignedInAsync(w, "moderation-84")).GetStringAsync("/espace/offres", Ct))));
        Assert.False(Lists(WebUtility.HtmlDecode(await (await SignedInAsync(w, "membre-a")).GetStringAsync("/espace/offres", Ct))));
    }

    [Fact]
    public async Task A_moderator_with_an_account_receives_the_requests_of_structures_without_an_address()
    {
        database.SkipIfUnavailable();
        var w = await BuildAsync();
        await using var host = w.Host;
        await using var scope = host.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IModeratorDirectory>();
        var moderators = await directory.ModeratorsAsync(Ct);
        Assert.Contains(moderators, m => m.Territory == "region:75" && m.Email == $"moderation-75-{w.Token}@example.org");
        Assert.DoesNotContain(moderators, m => m.Email == $"membre-a-{w.Token}@example.org");
    }
}

public sealed class SqliteAccountTests(SqliteDatabase database) : AccountTests(database);

public sealed class PostgresAccountTests(PostgresDatabase database) : AccountTests(database);
