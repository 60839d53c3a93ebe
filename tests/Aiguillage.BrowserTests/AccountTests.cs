using Aiguillage.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Aiguillage.BrowserTests;

/// <summary>An administrator follows the one-time link, chooses a password, signs in with the keyboard and reaches the space; every page passes axe.</summary>
public sealed class AccountTests(SiteFixture site)
{
    [Fact]
    public async Task An_administrator_and_member_sets_a_password_from_the_link_signs_in_and_confirms_an_offer()
    {
        var email = $"admin-{Guid.NewGuid():N}@example.org";
        string link;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<ManageAccounts>();
            var result = await accounts.GrantAsync(new AccountGrant(email, Roles.Administrator), TestContext.Current.CancellationToken);
            link = new Uri(result.PasswordLink!).PathAndQuery;

            // Also a member of one structure: only members confirm their offers.
            var snapshot = await site.Services.GetRequiredService<Aiguillage.Catalogue.CatalogueProvider>().GetAsync(TestContext.Current.CancellationToken);
            var structure = snapshot.Offers[0].View.Structure.Id;
            Assert.Empty((await accounts.GrantAsync(new AccountGrant(email, Roles.Member, StructureId: structure), TestContext.Current.CancellationToken)).Errors);
        }

        var (page, problems) = await site.OpenAsync();
        await page.VisitAsync(site.BaseUrl + "/espace");
        await page.ArriveAsync("**/compte/connexion**");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.VisitAsync(site.BaseUrl + link);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("Nouveau mot de passe").FillAsync("une phrase de passe assez longue");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await page.ArriveAsync("**/compte/connexion");
        Assert.Contains("Votre mot de passe est enregistré", await page.Locator("p[role=status]").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByLabel("Adresse électronique").FocusAsync();
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("une phrase de passe assez longue");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync("**/espace");
        Assert.Equal("Mon espace", await page.Locator("h1").InnerTextAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Accessibility.AssertReflowsAt320Async(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Mes offres : confirmer qu'elles sont à jour" }).ClickAsync();
        await page.ArriveAsync("**/espace/offres");
        await page.GetByRole(AriaRole.Button).Filter(new() { HasTextString = "Confirmer que l'offre est à jour" }).First.ClickAsync();
        Assert.Contains("l'offre est marquée vérifiée aujourd'hui", await page.Locator("p[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Accessibility.AssertReflowsAt320Async(page);

        await page.VisitAsync(site.BaseUrl + "/compte/mot-de-passe-oublie");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        Assert.Empty(problems);
    }
}

/// <summary>
/// A member proposes a change to an offer, a moderator publishes it, and the public page shows it; the moderator works
/// without JavaScript. Every page of the members' space passes axe and reflows at 320 px.
/// </summary>
public sealed class FicheEditingTests(SiteFixture site)
{
    private Task<string> AccountAsync(AccountGrant grant) => SignedInPages.AccountAsync(site, grant);

    private Task SignInAsync(IPage page, string email) => SignedInPages.SignInAsync(site, page, email);

    [Fact]
    public async Task A_member_proposes_a_change_a_moderator_publishes_it_without_javascript_and_the_public_page_shows_it()
    {
        var snapshot = await site.Services.GetRequiredService<Aiguillage.Catalogue.CatalogueProvider>().GetAsync(TestContext.Current.CancellationToken);
        var offer = snapshot.Offers.First(o => o.View.Structure.Id == snapshot.Offers[^1].View.Structure.Id);
        var structure = offer.View.Structure.Id;
        var token = Guid.NewGuid().ToString("N")[..8];
        var member = await AccountAsync(new AccountGrant($"membre-{token}@example.org", Roles.Member, StructureId: structure));
        var moderator = await AccountAsync(new AccountGrant($"moderation-{token}@example.org", Roles.Moderator, Territory: "pays:FR"));
        var newTitle = $"{offer.Title} (relu {token})";

        var (page, problems) = await site.OpenAsync();
        await SignInAsync(page, member);
        await page.GetByRole(AriaRole.Link, new() { NameString = "Mes fiches" }).First.ClickAsync();
        await page.ArriveAsync("**/espace/fiches");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Accessibility.AssertReflowsAt320Async(page);

        await page.VisitAsync($"{site.BaseUrl}/espace/fiches/modifier?structure={structure}");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Accessibility.AssertReflowsAt320Async(page);

        await page.VisitAsync($"{site.BaseUrl}/espace/fiches/modifier?offre={offer.Id}");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Accessibility.AssertReflowsAt320Async(page);
        await page.GetByLabel("Intitulé de l'offre").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Proposer à la modération" }).ClickAsync();
        Assert.Contains("valeur obligatoire manquante", await page.Locator(".error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        Assert.Single(problems, p => p.StartsWith("HTTP 400", StringComparison.Ordinal));
        problems.Clear();
        await page.GetByLabel("Intitulé de l'offre").FillAsync(newTitle);
        await page.GetByRole(AriaRole.Button, new() { Name = "Proposer à la modération" }).ClickAsync();
        Assert.Contains("Proposé à l'équipe de modération", await page.Locator("p[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("proposée à la modération", await page.Locator("#historique + ol").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.VisitAsync($"{site.BaseUrl}/espace/structures/rejoindre?q={Uri.EscapeDataString(offer.View.Structure.Name)}");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Accessibility.AssertReflowsAt320Async(page);
        await page.VisitAsync($"{site.BaseUrl}/espace/fiches/modifier?nouvelle-structure=1");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // axe runs in the page's JavaScript: the scan is made in a normal context, the decision without JavaScript.
        var (scanned, scannedProblems) = await site.OpenAsync();
        await SignInAsync(scanned, moderator);
        await scanned.VisitAsync(site.BaseUrl + "/espace/moderation");
        // Other tests leave proposals of their own waiting (SignedInPages): find this one by its title.
        await Assertions.Expect(scanned.Locator("#propositions ~ section.card").Filter(new() { HasTextString = newTitle })).ToHaveCountAsync(1);
        await Accessibility.AssertNoSeriousViolationsAsync(scanned);
        await Accessibility.AssertReflowsAt320Async(scanned);
        foreach (var path in new[] { "/espace/parcours", "/espace/parcours/modifier" })
        {
            await scanned.VisitAsync(site.BaseUrl + path);
            await Accessibility.AssertNoSeriousViolationsAsync(scanned);
            await Accessibility.AssertReflowsAt320Async(scanned);
        }

        await scanned.VisitAsync(site.BaseUrl + "/espace/moderation");
        var (plain, plainProblems) = await site.OpenAsync(javaScript: false);
        await SignInAsync(plain, moderator);
        await plain.VisitAsync(site.BaseUrl + "/espace/moderation");
        await plain.Locator("section.card").Filter(new() { HasTextString = newTitle }).GetByRole(AriaRole.Button, new() { NameString = "Publier" }).ClickAsync();
        Assert.Contains("Publiée", await plain.Locator("p[role=status]").InnerTextAsync(), StringComparison.Ordinal);

        await page.VisitAsync($"{site.BaseUrl}/offres/{offer.Id}");
        for (var i = 0; i < 40 && await page.Locator("h1").InnerTextAsync() != newTitle; i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            await page.ReloadAsync();
        }

        Assert.Equal(newTitle, await page.Locator("h1").InnerTextAsync());

        var (visitor, visitorProblems) = await site.OpenAsync();
        await visitor.VisitAsync(site.BaseUrl + "/compte/inscription");
        await Accessibility.AssertNoSeriousViolationsAsync(visitor);
        await Accessibility.AssertReflowsAt320Async(visitor);
        await visitor.VisitAsync(site.BaseUrl + "/compte/confirmer?compte=x&code=y");
        await Accessibility.AssertNoSeriousViolationsAsync(visitor);
        Assert.Empty(problems.Concat(scannedProblems).Concat(plainProblems).Concat(visitorProblems));
    }
}
