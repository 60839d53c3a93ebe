using System.Net;
using System.Text.RegularExpressions;
using Aiguillage.Accounts;
using Aiguillage.Catalogue;
using Aiguillage.Editing;
using Aiguillage.Pathways;
using Aiguillage.Referrals;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Aiguillage.BrowserTests;

/// <summary>Who a signed-in page is opened as: a member of a structure (an accompagnateur) or a moderator of France.</summary>
internal enum SignedInRole
{
    Member,
    Moderator,
}

/// <summary>A page of the members' space, the account it is opened with, and the status it answers (200 unless said).</summary>
internal sealed record SignedInPage(string Path, SignedInRole Role, int Status = 200);

/// <summary>
/// The signed-in pages, one of each kind, with something in them: the checks that hold for every page (valid HTML, no
/// sideways scrolling on a phone, large targets) run over this list as over <see cref="MainPages"/>. Each call makes fresh
/// accounts and gives them work (a request received, a proposal and a request to join waiting, a draft chain), through the
/// same use cases as the site, on a structure the other tests leave alone.
/// </summary>
internal sealed class SignedInPages
{
    public const string Password = "une phrase de passe assez longue";

    private SignedInPages(IReadOnlyDictionary<SignedInRole, string> emails, IReadOnlyList<SignedInPage> all)
    {
        Emails = emails;
        All = all;
    }

    public IReadOnlyDictionary<SignedInRole, string> Emails { get; }

    public IReadOnlyList<SignedInPage> All { get; }

    public static async Task<SignedInPages> PrepareAsync(SiteFixture site)
    {
        var ct = TestContext.Current.CancellationToken;
        var snapshot = await site.Services.GetRequiredService<CatalogueProvider>().GetAsync(ct);
        // Not the structures of the first and last offers: AccountTests and FicheEditingTests edit those.
        var busy = new[] { snapshot.Offers[0].View.Structure.Id, snapshot.Offers[^1].View.Structure.Id };
        var groups = snapshot.Offers.GroupBy(o => o.View.Structure.Id).Where(g => !busy.Contains(g.Key)).ToList();
        var mine = groups.First(g => g.Count() >= 2).ToList();
        var structure = mine[0].View.Structure;
        var other = groups.First(g => g.Key != structure.Id).First().View.Structure;

        var token = Guid.NewGuid().ToString("N")[..8];
        var member = await AccountAsync(site, new AccountGrant($"accompagnateur-{token}@example.org", Roles.Member, StructureId: structure.Id));
        var moderator = await AccountAsync(site, new AccountGrant($"moderateur-{token}@example.org", Roles.Moderator, Territory: "pays:FR"));
        var newcomer = await AccountAsync(site, new AccountGrant($"nouveau-{token}@example.org", Roles.Member, StructureId: other.Id));

        await using var scope = site.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var users = services.GetRequiredService<UserManager<Account>>();
        var memberId = (await users.FindByEmailAsync(member))!.Id;
        var moderatorId = (await users.FindByEmailAsync(moderator))!.Id;
        var newcomerId = (await users.FindByEmailAsync(newcomer))!.Id;

        var sent = await services.GetRequiredService<SendReferral>().HandleAsync(
            new ReferralRequest(mine[0].Id, "Camille Martin", $"porteur-{token}@example.org", "05 55 00 00 00",
                "Une épicerie solidaire associative à Guéret, ouverte à tous, en cours de création ; nous cherchons un premier financement.",
                "23096", "creation", ["financement"], null, Consent: true),
            ct);
        Assert.True(sent.Sent is not null, "La demande de mise en relation n'a pas été envoyée.");

        var edits = services.GetRequiredService<EditFiches>();
        var offer = FicheRef.Offer(mine[0].Id);
        var form = (await edits.LoadAsync(memberId, offer, ct))!;
        var saved = await edits.SaveAsync(memberId, offer, new Dictionary<string, string>(form.Fields) { [Offers.OfferCsv.Columns.Title] = $"{mine[0].Title} (relu {token})" }, form.Token, submit: true, ct);
        Assert.True(saved.Result == SaveResult.Submitted, $"{saved.Result} : {string.Join(" ; ", saved.Errors)}");

        var joins = services.GetRequiredService<JoinStructures>();
        Assert.Equal(JoinResult.Requested, await joins.RequestAsync(newcomerId, structure.Id, "Je coordonne les accompagnements de la structure depuis janvier.", ct));
        Assert.Equal(JoinResult.Requested, await joins.RequestAsync(memberId, other.Id, "Nous portons cette offre ensemble sur le département.", ct));

        var chain = await services.GetRequiredService<ManageChains>().SaveAsync(moderatorId, null, 0, new ChainDraft(
            "departement:23", $"Parcours d'essai {token}", "Un brouillon : il n'est montré nulle part.",
            [new ChainStep("creation", "Créer", "Trouver un premier financement.", [mine[0].Id, mine[1].Id], "Le premier accompagnateur présente le projet au suivant.")],
            Publish: false), ct);
        Assert.Empty(chain.Errors);

        var emails = new Dictionary<SignedInRole, string> { [SignedInRole.Member] = member, [SignedInRole.Moderator] = moderator };
        return new SignedInPages(emails,
        [
            new("/espace", SignedInRole.Member),
            new("/espace/offres", SignedInRole.Member),
            new("/espace/fiches", SignedInRole.Member),
            new($"/espace/fiches/modifier?structure={structure.Id}", SignedInRole.Member),
            new($"/espace/fiches/modifier?offre={mine[0].Id}", SignedInRole.Member),
            new($"/espace/fiches/modifier?offre={mine[1].Id}", SignedInRole.Member),
            new($"/espace/fiches/modifier?nouvelle-offre={structure.Id}", SignedInRole.Member),
            new("/espace/fiches/modifier?nouvelle-structure=1", SignedInRole.Member),
            new("/espace/structures/rejoindre", SignedInRole.Member),
            new($"/espace/structures/rejoindre?q={Uri.EscapeDataString(other.Name)}", SignedInRole.Member),
            new("/espace/moderation", SignedInRole.Member),
            // The number of a request leads to its answer page (/mises-en-relation/repondre/…).
            new($"/espace/demande/{sent.Sent.Id}", SignedInRole.Member),
            // The requester's follow-up page, reached from the mail's link without an account (any session sees it the same).
            new($"/mises-en-relation/{sent.Sent.HolderToken}", SignedInRole.Member),
            new("/compte/connexion", SignedInRole.Member),
            new("/compte/acces-refuse", SignedInRole.Member, Status: 403),
            new("/espace", SignedInRole.Moderator),
            new("/espace/offres", SignedInRole.Moderator),
            new("/espace/moderation", SignedInRole.Moderator),
            new($"/espace/fiches/modifier?offre={mine[1].Id}", SignedInRole.Moderator),
            new("/espace/parcours", SignedInRole.Moderator),
            new("/espace/parcours/modifier", SignedInRole.Moderator),
            new($"/espace/parcours/modifier?id={chain.Id}", SignedInRole.Moderator),
        ]);
    }

    /// <summary>Gives the role (creating the account with <see cref="Password"/> and a confirmed address if need be); returns the address.</summary>
    public static async Task<string> AccountAsync(SiteFixture site, AccountGrant grant)
    {
        await using var scope = site.Services.CreateAsyncScope();
        Assert.Empty((await scope.ServiceProvider.GetRequiredService<ManageAccounts>().GrantAsync(grant, TestContext.Current.CancellationToken)).Errors);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = (await users.FindByEmailAsync(grant.Email))!;
        if (!await users.HasPasswordAsync(account))
        {
            Assert.True((await users.AddPasswordAsync(account, Password)).Succeeded);
            Assert.True((await users.ConfirmEmailAsync(account, await users.GenerateEmailConfirmationTokenAsync(account))).Succeeded);
        }

        return grant.Email;
    }

    /// <summary>Signs in through the form, as a person does, and waits for the space.</summary>
    public static async Task SignInAsync(SiteFixture site, IPage page, string email)
    {
        await page.VisitAsync(site.BaseUrl + "/compte/connexion");
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(Password);
        var posted = page.WaitForResponseAsync(r => r.Request.Method == "POST" && r.Url.EndsWith("/compte/connexion", StringComparison.Ordinal), new() { Timeout = 30_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();
        var response = await posted;
        if (response.Status != 302)
        {
            await page.MainFrame.LoadedAsync();
            Assert.Fail($"Connexion de {email} : HTTP {response.Status} — {await page.Locator("main").InnerTextAsync()}");
        }

        await page.ArriveAsync("**/espace");
    }

    /// <summary>An HTTP client signed in through the same form (its antiforgery token and cookies), for checks without a browser.</summary>
    public static async Task<HttpClient> SignedInClientAsync(SiteFixture site, string email)
    {
        var ct = TestContext.Current.CancellationToken;
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(site.BaseUrl) };
        var form = await http.GetStringAsync("/compte/connexion", ct);
        var antiforgery = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var response = await http.PostAsync("/compte/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["courriel"] = email,
            ["mot_de_passe"] = Password,
            ["__RequestVerificationToken"] = antiforgery,
        }), ct);
        Assert.True(response.IsSuccessStatusCode && response.RequestMessage?.RequestUri?.AbsolutePath == "/espace", $"Connexion de {email} : HTTP {(int)response.StatusCode} {response.RequestMessage?.RequestUri}");
        return http;
    }
}
