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
        await page.GotoAsync(site.BaseUrl + "/espace");
        await page.WaitForURLAsync("**/compte/connexion**");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync(site.BaseUrl + link);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("Nouveau mot de passe").FillAsync("une phrase de passe assez longue");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await page.WaitForURLAsync("**/compte/connexion");
        Assert.Contains("Votre mot de passe est enregistré", await page.Locator("p[role=status]").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByLabel("Adresse électronique").FocusAsync();
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("une phrase de passe assez longue");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/espace");
        Assert.Equal("Mon espace", await page.Locator("h1").InnerTextAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Accessibility.AssertReflowsAt320Async(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Mes offres : confirmer qu'elles sont à jour" }).ClickAsync();
        await page.WaitForURLAsync("**/espace/offres");
        await page.GetByRole(AriaRole.Button).Filter(new() { HasTextString = "Confirmer que l'offre est à jour" }).First.ClickAsync();
        Assert.Contains("l'offre est marquée vérifiée aujourd'hui", await page.Locator("p[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Accessibility.AssertReflowsAt320Async(page);

        await page.GotoAsync(site.BaseUrl + "/compte/mot-de-passe-oublie");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        Assert.Empty(problems);
    }
}
