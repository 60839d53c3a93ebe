using System.Text.RegularExpressions;
using Aiguillage.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Aiguillage.BrowserTests;

/// <summary>
/// The whole loop of a mise en relation in a real browser: a holder asks from an orientation result,
/// the recipient opens the link of the mail and hands the request to another offer, the next recipient takes it on,
/// and the holder sees the chain; every page passes axe and reflows at 320 px.
/// </summary>
public sealed partial class ReferralTests(SiteFixture site)
{
    private async Task<string> LatestLinkAsync(string path, string kind)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var mail = await db.QueuedMails.AsNoTracking().Where(m => m.Kind == kind).OrderByDescending(m => m.Id).FirstAsync(TestContext.Current.CancellationToken);
        return Regex.Match(mail.TextBody, $@"https?://[^/\s]+({Regex.Escape(path)}[A-Za-z0-9_-]{{43}})").Groups[1].Value;
    }

    private static async Task TabToAsync(IPage page, string name, int max = 120)
    {
        for (var i = 0; i < max; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>("() => (document.activeElement.innerText || document.activeElement.getAttribute('aria-label') || document.activeElement.name || '').trim()");
            if (focused.StartsWith(name, StringComparison.Ordinal))
            {
                return;
            }
        }

        Assert.Fail($"« {name} » n'a pas été atteint au clavier.");
    }

    [Fact]
    public async Task A_holder_asks_a_recipient_hands_it_on_the_next_takes_it_on_and_the_holder_sees_the_chain()
    {
        // The holder, from the results of an orientation in Guéret (axe needs JavaScript; the no-script path is tested below).
        var (holder, problems) = await site.OpenAsync();
        await holder.VisitAsync(site.BaseUrl + "/orientation/resultats?commune=23096&etape=creation&besoins=financement");
        await holder.Locator(".result .next-action a", new() { HasTextString = "Demander une mise en relation" }).First.ClickAsync();
        await holder.ArriveAsync("**/mise-en-relation?commune=23096**");
        Assert.Contains("Qui recevra votre demande", await holder.Locator("#destinataire").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(holder);
        await Accessibility.AssertReflowsAt320Async(holder);

        // A mistake first: the message names the field, what was typed stays.
        await holder.GetByLabel("Votre nom").FillAsync("Camille Martin");
        await holder.GetByLabel("Votre adresse électronique").FillAsync("camille@");
        await holder.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma demande" }).ClickAsync();
        Assert.Contains("Indiquez une adresse électronique valide", await holder.Locator(".error-summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Camille Martin", await holder.GetByLabel("Votre nom").InputValueAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(holder);

        await holder.GetByLabel("Votre adresse électronique").FillAsync("camille.navigateur@example.org");
        await holder.GetByLabel("Votre projet en quelques lignes").FillAsync("Une épicerie solidaire associative à Guéret, ouverte à tous, en cours de création.");
        await holder.GetByLabel("J'accepte que mes nom").CheckAsync();
        await holder.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma demande" }).ClickAsync();
        await holder.ArriveAsync(new Regex("/mises-en-relation/[A-Za-z0-9_-]{43}$"));
        var follow = new Uri(holder.Url).AbsolutePath;
        Assert.Contains("Ouverte", await holder.Locator(".facts").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(holder);
        await Accessibility.AssertReflowsAt320Async(holder);

        // The recipient opens the link of the mail, with the keyboard, and hands the request on.
        var (recipient, recipientProblems) = await site.OpenAsync();
        await recipient.VisitAsync(site.BaseUrl + await LatestLinkAsync("/mises-en-relation/repondre/", "mise-en-relation-recue"));
        Assert.Contains("Camille Martin", await recipient.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(recipient);
        await Accessibility.AssertReflowsAt320Async(recipient);
        var target = recipient.GetByLabel("Offre vers laquelle transmettre la demande");
        var options = await target.Locator("option").AllInnerTextsAsync();
        Assert.NotEmpty(options);
        await target.SelectOptionAsync(new SelectOptionValue { Index = options.Count - 1 });
        await recipient.GetByLabel("Note pour la structure suivante et pour la personne").FillAsync("Votre réseau finance ce type de projet.");
        await TabToAsync(recipient, "Transmettre la demande");
        await recipient.Keyboard.PressAsync("Enter");
        await recipient.ArriveAsync("**/mises-en-relation/transmise");
        await Accessibility.AssertNoSeriousViolationsAsync(recipient);

        // The next recipient takes it on.
        await recipient.VisitAsync(site.BaseUrl + await LatestLinkAsync("/mises-en-relation/repondre/", "mise-en-relation-recue"));
        Assert.Contains("Votre réseau finance ce type de projet.", await recipient.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await recipient.GetByRole(AriaRole.Button, new() { Name = "Je prends en charge cette demande" }).ClickAsync();
        await recipient.Locator("p[role=status]").WaitForAsync();
        Assert.Contains("Vous avez pris en charge la demande", await recipient.Locator("p[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(recipient);

        // The holder sees the chain, and can still withdraw.
        await holder.VisitAsync(site.BaseUrl + follow);
        var history = await holder.Locator(".history").InnerTextAsync();
        Assert.Contains("réoriente la demande vers", history, StringComparison.Ordinal);
        Assert.Contains("prend en charge la demande", history, StringComparison.Ordinal);
        Assert.Contains("Prise en charge", await holder.Locator(".facts").InnerTextAsync(), StringComparison.Ordinal);
        await holder.GetByRole(AriaRole.Button, new() { Name = "Retirer ma demande" }).ClickAsync();
        Assert.Contains("Votre demande est retirée", await holder.Locator("p[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Clôturée", await holder.Locator(".facts").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(holder);

        // The failed submission is a 400 the browser reports (as a response and in the console); nothing else may fail.
        Assert.All(problems, p => Assert.Contains("400", p, StringComparison.Ordinal));
        Assert.Empty(recipientProblems);
    }

    [Fact]
    public async Task The_request_form_works_without_javascript()
    {
        var (page, problems) = await site.OpenAsync(javaScript: false);
        await page.VisitAsync(site.BaseUrl + "/offres");
        await page.Locator(".card-title a").First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Demander une mise en relation" }).ClickAsync();
        await page.GetByLabel("Votre nom").FillAsync("Sans Script");
        await page.GetByLabel("Votre adresse électronique").FillAsync("sans.script@example.org");
        await page.GetByLabel("Votre projet en quelques lignes").FillAsync("Un atelier vélo solidaire, projet encore au stade de l'idée.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma demande" }).ClickAsync();
        Assert.Contains("Cochez la case d'accord", await page.Locator(".error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByLabel("J'accepte que mes nom").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma demande" }).ClickAsync();
        await page.ArriveAsync(new Regex("/mises-en-relation/[A-Za-z0-9_-]{43}$"));
        Assert.Contains("Ouverte", await page.Locator(".facts").InnerTextAsync(), StringComparison.Ordinal);
        Assert.All(problems, p => Assert.Contains("400", p, StringComparison.Ordinal));
    }
}
