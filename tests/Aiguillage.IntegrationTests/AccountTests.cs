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
using Microsoft.EntityFrameworkCore;
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
        foreach (var url in new[] { "/espace", $"/espace/demande/{w.ReferralOfA}", "/espace/csv", "/espace/offres", "/espace/fiches", $"/espace/fiches/modifier?offre={w.OfferOfA}", "/espace/moderation", "/espace/structures/rejoindre" })
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
            var fiche = await client.GetAsync($"/espace/fiches/modifier?offre={w.OfferOfA}", Ct);
            Assert.True(seesA ? fiche.StatusCode == HttpStatusCode.OK : fiche.StatusCode == HttpStatusCode.NotFound, $"{who} : formulaire de l'offre de A → {fiche.StatusCode}");
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
        bool Lists(string html) => html.Contains("À faire vérifier", StringComparison.Ordinal) && html.Contains($"<td data-label=\"Offre\"><a href=\"/offres/{w.OfferOfA}\">", StringComparison.Ordinal);
        Assert.True(Lists(WebUtility.HtmlDecode(await (await SignedInAsync(w, "moderation-75")).GetStringAsync("/espace/offres", Ct))));
        Assert.False(Lists(WebUtility.HtmlDecode(await (await SignedInAsync(w, "moderation-84")).GetStringAsync("/espace/offres", Ct))));
        Assert.False(Lists(WebUtility.HtmlDecode(await (await SignedInAsync(w, "membre-a")).GetStringAsync("/espace/offres", Ct))));
    }

    private static Dictionary<string, string> OfferFields(string title) => new()
    {
        ["nom"] = title,
        ["description"] = "Accompagnement d'essai à la création, relu par la structure.",
        ["types"] = "accompagnement",
        ["etapes"] = "creation",
        ["besoins"] = "financement",
        ["zones"] = "departement:23",
        ["frais"] = "gratuit",
        ["sources"] = "https://example.org/compte",
    };

    private static async Task<HttpResponseMessage> PostFicheAsync(HttpClient client, string url, string handler, Dictionary<string, string> fields, string? token = null)
    {
        var (antiforgery, html) = await FormAsync(client, url);
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["jeton"] = token ?? Regex.Match(html, "name=\"jeton\" value=\"([^\"]*)\"").Groups[1].Value,
        };
        return await client.PostAsync($"{url}&handler={handler}", new FormUrlEncodedContent(form), Ct);
    }

    private static async Task<HttpResponseMessage> ModerateAsync(HttpClient client, string handler, string name, string? note = null)
    {
        var (antiforgery, html) = await FormAsync(client, "/espace/moderation");
        var section = Regex.Match(html, "<section class=\"card\"[^>]*id=\"proposition-(\\d+)\">(?:(?!</section>).)*?" + Regex.Escape(name) + ".*?name=\"version\" value=\"(\\d+)\"", RegexOptions.Singleline);
        Assert.True(section.Success, $"proposition « {name} » absente de la page de modération");
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["proposition"] = section.Groups[1].Value,
            ["version"] = section.Groups[2].Value,
        };
        if (note is not null)
        {
            form["motif"] = note;
        }

        return await client.PostAsync($"/espace/moderation?handler={handler}", new FormUrlEncodedContent(form), Ct);
    }

    [Fact]
    public async Task A_members_change_waits_for_a_moderator_of_its_region_then_every_surface_shows_it_within_two_seconds()
    {
        database.SkipIfUnavailable();
        var w = await BuildAsync();
        await using var host = w.Host;
        var anonymous = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var word = "Fichetest" + w.Token[^6..];
        var title = $"Offre relue {word}";
        var url = $"/espace/fiches/modifier?offre={w.OfferOfA}";

        // A member of A proposes; an invalid value is refused with the import's French message, nothing is saved.
        var memberA = await SignedInAsync(w, "membre-a");
        var invalid = await PostFicheAsync(memberA, url, "Proposer", new Dictionary<string, string>(OfferFields(title)) { ["etapes"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("au moins une valeur est attendue", WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        var proposed = await PostFicheAsync(memberA, url, "Proposer", OfferFields(title));
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        Assert.Contains("à modérer", WebUtility.HtmlDecode(await memberA.GetStringAsync(url, Ct)), StringComparison.Ordinal);
        Assert.DoesNotContain(word, await anonymous.GetStringAsync($"/api/v1/offres/{w.OfferOfA}", Ct), StringComparison.Ordinal);

        // Not for a member of B, nor for the moderators of another région; the moderators of the région were told by mail.
        var memberB = await SignedInAsync(w, "membre-b");
        Assert.Equal(HttpStatusCode.NotFound, (await memberB.GetAsync(url, Ct)).StatusCode);
        var (antiforgeryB, _) = await FormAsync(memberB, "/espace/offres");
        Assert.Equal(HttpStatusCode.NotFound, (await memberB.PostAsync($"{url}&handler=Proposer", new FormUrlEncodedContent(new Dictionary<string, string>(OfferFields("Détournée")) { ["__RequestVerificationToken"] = antiforgeryB, ["jeton"] = "0.0.0" }), Ct)).StatusCode);
        Assert.DoesNotContain(word, await (await SignedInAsync(w, "moderation-84")).GetStringAsync("/espace/moderation", Ct), StringComparison.Ordinal);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.True(await db.QueuedMails.AnyAsync(m => m.Recipient == $"moderation-75-{w.Token}@example.org" && m.Subject.Contains(word), Ct));
        }

        // The moderator of the région publishes it: on the offer, the search, the orientation and the structure's page within 2 s.
        var moderator = await SignedInAsync(w, "moderation-75");
        Assert.Equal(HttpStatusCode.Redirect, (await ModerateAsync(moderator, "Publier", title)).StatusCode);
        Assert.NotNull(await Hosts.WithinAsync(TimeSpan.FromSeconds(2), async () =>
            (await anonymous.GetStringAsync($"/api/v1/offres/{w.OfferOfA}", Ct)).Contains(word, StringComparison.Ordinal)
            && (await anonymous.GetStringAsync($"/api/v1/recherche?q={word}", Ct)).Contains(word, StringComparison.Ordinal)
            && (await anonymous.GetStringAsync("/api/v1/orientation?commune=23096&etape=creation&besoins=financement", Ct)).Contains(word, StringComparison.Ordinal)
            && WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/offres/{w.OfferOfA}", Ct)).Contains("Informations vérifiées le", StringComparison.Ordinal)));

        // The history says who did what; the author got the decision by mail.
        var history = WebUtility.HtmlDecode(await memberA.GetStringAsync(url, Ct));
        Assert.Contains("proposée à la modération", history, StringComparison.Ordinal);
        Assert.Contains("proposition publiée", history, StringComparison.Ordinal);
        Assert.Contains($"moderation-75-{w.Token}@example.org", history, StringComparison.Ordinal);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.True(await db.QueuedMails.AnyAsync(m => m.Recipient == $"membre-a-{w.Token}@example.org" && m.Subject.StartsWith("Publiée"), Ct));
        }
    }

    [Fact]
    public async Task A_fiche_says_its_offer_serves_only_part_of_its_zones_once_its_conditions_say_which()
    {
        database.SkipIfUnavailable();
        var w = await BuildAsync();
        await using var host = w.Host;
        var anonymous = host.CreateClient();
        var url = $"/espace/fiches/modifier?offre={w.OfferOfA}";
        var admin = await SignedInAsync(w, "admin");
        var partial = new Dictionary<string, string>(OfferFields("Offre d'un pays")) { ["zone_partielle"] = "oui" };

        // Ticked without saying which part: refused in French, on the box, nothing saved.
        var refused = await PostFicheAsync(admin, url, "Proposer", partial);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Couverture partielle des territoires : une offre qui ne couvre qu'une partie de ses territoires dit laquelle dans ses conditions", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Contains("\"zonePartielle\":false", await anonymous.GetStringAsync($"/api/v1/offres/{w.OfferOfA}", Ct), StringComparison.Ordinal);

        // With the part named in the conditions: saved, ticked on the form, said by the API and the offer's page.
        partial["conditions"] = "Pays de Guéret seulement.";
        Assert.Equal(HttpStatusCode.Redirect, (await PostFicheAsync(admin, url, "Proposer", partial)).StatusCode);
        Assert.Matches("id=\"zone_partielle\"[^>]*checked", await admin.GetStringAsync(url, Ct));
        Assert.NotNull(await Hosts.WithinAsync(TimeSpan.FromSeconds(2), async () =>
            (await anonymous.GetStringAsync($"/api/v1/offres/{w.OfferOfA}", Ct)).Contains("\"zonePartielle\":true", StringComparison.Ordinal)
            && WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/offres/{w.OfferOfA}", Ct)).Contains("Une partie seulement de ce territoire", StringComparison.Ordinal)));

        // Unticked, the box posts nothing: the offer covers its zones again.
        Assert.Equal(HttpStatusCode.Redirect, (await PostFicheAsync(admin, url, "Proposer", OfferFields("Offre d'un pays"))).StatusCode);
        await using var scope = host.Services.CreateAsyncScope();
        Assert.False((await scope.ServiceProvider.GetRequiredService<AppDbContext>().Offers.AsNoTracking().SingleAsync(o => o.Id == w.OfferOfA, Ct)).PartialZones);
    }

    [Fact]
    public async Task Two_people_saving_the_same_fiche_get_a_conflict_that_keeps_what_the_second_typed()
    {
        database.SkipIfUnavailable();
        var w = await BuildAsync();
        await using var host = w.Host;
        var url = $"/espace/fiches/modifier?offre={w.OfferOfA}";
        var admin = await SignedInAsync(w, "admin");
        var moderator = await SignedInAsync(w, "moderation-75");
        var (_, formOfModerator) = await FormAsync(moderator, url);
        var staleToken = Regex.Match(formOfModerator, "name=\"jeton\" value=\"([^\"]*)\"").Groups[1].Value;

        Assert.Equal(HttpStatusCode.Redirect, (await PostFicheAsync(admin, url, "Proposer", OfferFields("Titre enregistré par l'administration"))).StatusCode);
        var conflict = await PostFicheAsync(moderator, url, "Proposer", OfferFields("Titre tapé par la modération"), staleToken);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var html = WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync(Ct));
        Assert.Contains("La version enregistrée entre-temps", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Titre tapé par la modération\"", html, StringComparison.Ordinal);
        Assert.Contains("Titre enregistré par l'administration", html, StringComparison.Ordinal);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal("Titre enregistré par l'administration", (await db.Offers.AsNoTracking().SingleAsync(o => o.Id == w.OfferOfA, Ct)).Title);
    }

    [Fact]
    public async Task A_person_registers_confirms_proposes_a_structure_and_joins_another_with_its_members_approval()
    {
        database.SkipIfUnavailable();
        var w = await BuildAsync();
        await using var host = w.Host;
        var email = $"nouvelle-{w.Token}@example.org";
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        async Task<string> RegisterAsync(string address)
        {
            var (antiforgery, _) = await FormAsync(client, "/compte/inscription");
            var response = await client.PostAsync("/compte/inscription", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = antiforgery,
                ["courriel"] = address,
                ["mot_de_passe"] = Password,
            }), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return Regex.Match(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)), "<p class=\"notice\" role=\"status\">([^<]*)").Groups[1].Value;
        }

        // The same answer for a new address and for one that has an account: the form does not reveal who is registered.
        Assert.Equal(await RegisterAsync(email), await RegisterAsync($"membre-a-{w.Token}@example.org"));
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(client, email, Password)).StatusCode);

        string link;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var mail = await db.QueuedMails.AsNoTracking().Where(m => m.Recipient == email).OrderBy(m => m.Id).FirstAsync(Ct);
            link = Regex.Match(mail.TextBody, "https?://[^\\s]+/compte/confirmer\\?[^\\s]+").Value;
            Assert.True(await db.QueuedMails.AnyAsync(m => m.Recipient == $"membre-a-{w.Token}@example.org" && m.Kind == "compte-existant", Ct));
        }

        var query = System.Web.HttpUtility.ParseQueryString(new Uri(link).Query);
        var (confirmToken, _) = await FormAsync(client, new Uri(link).PathAndQuery);
        var confirmed = await client.PostAsync("/compte/confirmer", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = confirmToken,
            ["compte"] = query["compte"]!,
            ["code"] = query["code"]!,
        }), Ct);
        Assert.Equal("/compte/connexion", confirmed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(client, email, Password)).StatusCode);

        // A new structure in Guéret: moderators of Nouvelle-Aquitaine decide, not those of another région; once published its author is a member.
        var name = $"Couveuse {w.Token} nouvelle";
        var created = await PostFicheAsync(client, "/espace/fiches/modifier?nouvelle-structure=1", "Proposer", new Dictionary<string, string>
        {
            ["structure_nom"] = name,
            ["structure_types"] = "incubateur",
            ["structure_commune"] = "23096",
            ["structure_description"] = "Une structure proposée par son équipe.",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.DoesNotContain(name, await (await SignedInAsync(w, "moderation-84")).GetStringAsync("/espace/moderation", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ModerateAsync(await SignedInAsync(w, "moderation-75"), "Publier", name)).StatusCode);
        Assert.Contains(name, await client.GetStringAsync("/espace/fiches", Ct), StringComparison.Ordinal);

        // Joining structure A: its member approves, then the new member edits A's offers.
        var (joinToken, _) = await FormAsync(client, $"/espace/structures/rejoindre?q={w.Token}");
        var structureA = await StructureIdAsync(host, $"Structure {w.Token} a");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/espace/structures/rejoindre", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = joinToken,
            ["structure"] = structureA.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["message"] = "Je suis chargée d'accompagnement dans la structure.",
        }), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/espace/fiches/modifier?offre={w.OfferOfA}", Ct)).StatusCode);
        Assert.DoesNotContain(email, await (await SignedInAsync(w, "membre-b")).GetStringAsync("/espace/moderation", Ct), StringComparison.Ordinal);
        var memberA = await SignedInAsync(w, "membre-a");
        var (decideToken, page) = await FormAsync(memberA, "/espace/moderation");
        var request = Regex.Match(page, "name=\"demande\" value=\"(\\d+)\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await memberA.PostAsync("/espace/moderation?handler=Adhesion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = decideToken,
            ["demande"] = request,
            ["accepter"] = "true",
        }), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/espace/fiches/modifier?offre={w.OfferOfA}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Members_are_reminded_by_mail_of_offers_due_at_the_frequency_they_chose_once_a_month_at_most()
    {
        database.SkipIfUnavailable();
        var w = await BuildAsync();
        await using var host = w.Host;
        var memberA = await SignedInAsync(w, "membre-a");
        var (antiforgery, _) = await FormAsync(memberA, "/espace/offres");
        var structureA = await StructureIdAsync(host, $"Structure {w.Token} a");
        Assert.Equal(HttpStatusCode.Redirect, (await memberA.PostAsync("/espace/offres?handler=Frequence", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["structure"] = structureA.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["mois"] = "3",
        }), Ct)).StatusCode);
        Assert.Contains("<option value=\"3\" selected=\"selected\">", await memberA.GetStringAsync("/espace/offres", Ct), StringComparison.Ordinal);

        await using var scope = host.Services.CreateAsyncScope();
        var remind = scope.ServiceProvider.GetRequiredService<Aiguillage.Editing.RemindVerifications>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.True(await remind.HandleAsync(Ct) >= 1);
        var reminders = await db.QueuedMails.AsNoTracking().Where(m => m.Recipient == $"membre-a-{w.Token}@example.org" && m.Kind == "offres-a-confirmer").ToListAsync(Ct);
        var reminder = Assert.Single(reminders);
        Assert.Contains("tous les 3 mois", reminder.TextBody, StringComparison.Ordinal);
        await remind.HandleAsync(Ct);
        Assert.Equal(1, await db.QueuedMails.CountAsync(m => m.Recipient == $"membre-a-{w.Token}@example.org" && m.Kind == "offres-a-confirmer", Ct));
        Assert.False(await db.QueuedMails.AnyAsync(m => m.Recipient == $"membre-b-{w.Token}@example.org" && m.Subject.Contains($"Structure {w.Token} a"), Ct));
    }

    [Fact]
    public async Task The_answer_link_sent_to_a_public_address_lets_its_holder_claim_a_structure_without_members_once()
    {
        database.SkipIfUnavailable();
        var w = await BuildAsync();
        await using var host = w.Host;
        int referralOfC;
        string tokenOfC, tokenOfA;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var c = new Structure($"compte-{w.Token}", "c", new StructureDetails(
                $"Structure {w.Token} c", ["incubateur"], null, "23096", null, $"c-{w.Token}@example.org", null, [], true, "Structure sans membre.",
                ["https://example.org/compte"], null, StructureStatus.Active));
            db.Structures.Add(c);
            await db.SaveChangesAsync(Ct);
            var offer = new Offer(c.Id, $"compte-{w.Token}", "offre-c", new OfferDetails(
                $"Offre {w.Token} c", "Accompagnement d'essai.", ["accompagnement"], [], ["creation"], [], [],
                [new CoverageZone(TerritoryLevel.Departement, "23")], "gratuit", null, null, null, null, null, null, null, OfferStatus.Published,
                null, null, ["https://example.org/compte"]));
            db.Offers.Add(offer);
            await db.SaveChangesAsync(Ct);
            await host.Services.GetRequiredService<CatalogueProvider>().RefreshAsync(Ct);
            referralOfC = (await scope.ServiceProvider.GetRequiredService<SendReferral>().HandleAsync(
                new ReferralRequest(offer.Id, "Porteur Essai", $"porteur-c-{w.Token}@example.org", null, "Un projet d'essai assez long pour être valable.", null, null, [], null, true), Ct)).Sent!.Id;
            tokenOfC = await db.Referrals.Where(r => r.Id == referralOfC).Select(r => r.RecipientToken).SingleAsync(Ct);
            tokenOfA = await db.Referrals.Where(r => r.Id == w.ReferralOfA).Select(r => r.RecipientToken).SingleAsync(Ct);
        }

        var anonymous = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        async Task<HttpResponseMessage> ClaimAsync(string token, string email)
        {
            var (antiforgery, _) = await FormAsync(anonymous, $"/mises-en-relation/repondre/{token}");
            return await anonymous.PostAsync($"/mises-en-relation/repondre/{token}?handler=Revendiquer", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = antiforgery,
                ["courriel"] = email,
            }), Ct);
        }

        // A structure that already has members cannot be claimed from a link; a wrong address is explained.
        Assert.DoesNotContain("id=\"revendiquer\"", await anonymous.GetStringAsync($"/mises-en-relation/repondre/{tokenOfA}", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await ClaimAsync(tokenOfA, $"intrus-{w.Token}@example.org")).StatusCode);
        Assert.Contains("id=\"revendiquer\"", await anonymous.GetStringAsync($"/mises-en-relation/repondre/{tokenOfC}", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await ClaimAsync(tokenOfC, "pas-une-adresse")).StatusCode);

        var claimer = $"equipe-c-{w.Token}@example.org";
        Assert.Equal(HttpStatusCode.Redirect, (await ClaimAsync(tokenOfC, claimer)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ClaimAsync(tokenOfC, $"second-{w.Token}@example.org")).StatusCode);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var structureC = await StructureIdAsync(host, $"Structure {w.Token} c");
            Assert.True(await (from m in db.StructureMemberships join a in db.Users on m.AccountId equals a.Id where m.StructureId == structureC select a.Email).AnyAsync(e => e == claimer, Ct));
            Assert.True(await db.QueuedMails.AnyAsync(m => m.Recipient == claimer && m.Kind == "compte-cree", Ct));
        }
    }

    [Fact]
    public async Task Single_sign_on_signs_in_the_account_with_the_same_verified_address_and_refuses_an_unverified_one()
    {
        database.SkipIfUnavailable();
        await using var provider = await OpenIdProvider.StartAsync();
        var w = await BuildAsync();
        await using var host = w.Host;
        await using var site = host.WithWebHostBuilder(b => b
            .UseSetting("Authentication:OpenIdConnect:Authority", provider.Authority)
            .UseSetting("Authentication:OpenIdConnect:ClientId", OpenIdProvider.ClientId)
            .UseSetting("Authentication:OpenIdConnect:ClientSecret", OpenIdProvider.ClientSecret)
            .UseSetting("Authentication:OpenIdConnect:RequireHttpsMetadata", "false")
            .UseSetting("Authentication:OpenIdConnect:DisplayName", "la connexion d'essai"));
        using var toProvider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        async Task<(HttpClient Client, HttpResponseMessage Final)> SignInAsync(OpenIdProvider.Person person)
        {
            provider.Next = person;
            var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var (antiforgery, html) = await FormAsync(client, "/compte/connexion");
            Assert.Contains("Se connecter avec la connexion d&#x27;essai", html, StringComparison.Ordinal);
            var start = await client.PostAsync("/compte/connexion-unique", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery }), Ct);
            Assert.StartsWith(provider.Authority + "/authorize", start.Headers.Location!.ToString(), StringComparison.Ordinal);
            var authorized = await toProvider.GetAsync(start.Headers.Location, Ct);
            var back = await client.GetAsync(authorized.Headers.Location!.PathAndQuery, Ct);
            Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
            return (client, await client.GetAsync(back.Headers.Location!.OriginalString, Ct));
        }

        // The provider verified member A's address: A's account, with A's rights.
        var (memberA, signedIn) = await SignInAsync(new("sujet-a", $"membre-a-{w.Token}@example.org", true));
        Assert.Equal("/espace", signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await memberA.GetAsync($"/espace/fiches/modifier?offre={w.OfferOfA}", Ct)).StatusCode);

        // An address the provider did not verify opens nothing, not even the administrator's account it names.
        var (stranger, refused) = await SignInAsync(new("sujet-x", $"admin-{w.Token}@example.org", false));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("adresse électronique vérifiée", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync("/espace", Ct)).StatusCode);

        // Once linked, the provider's subject is what counts, whatever address it gives later.
        var (again, signedInAgain) = await SignInAsync(new("sujet-a", $"autre-{w.Token}@example.org", true));
        Assert.Equal("/espace", signedInAgain.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync($"/espace/fiches/modifier?offre={w.OfferOfA}", Ct)).StatusCode);

        // Without settings there is no button and no route.
        var plain = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.DoesNotContain("connexion-unique", await plain.GetStringAsync("/compte/connexion", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await plain.GetAsync("/compte/connexion-unique", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_moderator_publishes_a_chain_of_support_shown_on_the_orientation_results_the_api_and_the_diagnosis()
    {
        database.SkipIfUnavailable();
        var w = await BuildAsync();
        await using var host = w.Host;
        var name = $"Parcours {w.Token}";
        async Task<HttpResponseMessage> SaveAsync(HttpClient client, string territory, string chainName, string offers, bool publish)
        {
            var (antiforgery, _) = await FormAsync(client, "/espace/parcours/modifier");
            var form = new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = antiforgery,
                ["version"] = "0",
                ["territoire"] = territory,
                ["nom"] = chainName,
                ["presentation"] = "Un parcours d'essai.",
                ["titre-creation"] = "Créer avec la structure A",
                ["offres-creation"] = offers,
                ["passage-creation"] = "La structure A présente le projet au financeur.",
            };
            if (publish)
            {
                form["publier"] = "true";
            }

            return await client.PostAsync("/espace/parcours/modifier", new FormUrlEncodedContent(form), Ct);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await (await SignedInAsync(w, "membre-a")).GetAsync("/espace/parcours", Ct)).StatusCode);
        var other = await SignedInAsync(w, "moderation-84");
        var refused = await SaveAsync(other, "region:75", name, w.OfferOfA.ToString(System.Globalization.CultureInfo.InvariantCulture), true);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("pas dans ceux que vous modérez", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);

        var moderator = await SignedInAsync(w, "moderation-75");
        var wrongOffer = await SaveAsync(moderator, "region:75", name, "12abc", true);
        Assert.Equal(HttpStatusCode.BadRequest, wrongOffer.StatusCode);
        Assert.Contains("n'est pas un numéro d'offre", WebUtility.HtmlDecode(await wrongOffer.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(moderator, "region:75", name, w.OfferOfA.ToString(System.Globalization.CultureInfo.InvariantCulture), true)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(moderator, "region:75", name + " brouillon", "", false)).StatusCode);

        var anonymous = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var results = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/orientation/resultats?commune=23096&etape=creation", Ct));
        Assert.Contains($"Le parcours {name} (Nouvelle-Aquitaine)", results, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"step\"", results, StringComparison.Ordinal);
        Assert.DoesNotContain($"{name} brouillon", results, StringComparison.Ordinal);
        Assert.Contains(name, await anonymous.GetStringAsync("/api/v1/parcours?territoire=departement:23", Ct), StringComparison.Ordinal);
        Assert.DoesNotContain(name, await anonymous.GetStringAsync("/api/v1/parcours?territoire=departement:67", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync("/api/v1/parcours?territoire=commune:23096", Ct)).StatusCode);
        Assert.Contains($"Le parcours {name} ne couvre pas les étapes", WebUtility.HtmlDecode(await anonymous.GetStringAsync("/diagnostic/departement/23", Ct)), StringComparison.Ordinal);

        var list = await moderator.GetStringAsync("/espace/parcours", Ct);
        var id = Regex.Match(list, "/espace/parcours/modifier\\?id=(\\d+)\">" + Regex.Escape(name) + "<").Groups[1].Value;
        Assert.Contains("modifiée et publiée", WebUtility.HtmlDecode(await moderator.GetStringAsync($"/espace/parcours/modifier?id={id}", Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/espace/parcours/modifier?id={id}", Ct)).StatusCode);
    }

    private static async Task<int> StructureIdAsync(WebApplicationFactory<Program> host, string name)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Structures.Where(s => s.Name == name).Select(s => s.Id).SingleAsync(Ct);
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
