using Microsoft.Playwright;

namespace Aiguillage.BrowserTests;

public sealed class QuestionnaireTests(SiteFixture site)
{
    /// <summary>Moves the focus with Tab until the element with this accessible text or id has it.</summary>
    private static async Task TabToAsync(IPage page, string expected)
    {
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>("(() => { const e = document.activeElement; const l = e.labels && e.labels.length ? e.labels[0].textContent : ''; return [e.id, (e.textContent || '').trim(), (l || '').trim(), e.value || ''].join('|'); })()");
            if (focused.Split('|').Any(part => part == expected || part.StartsWith(expected + " ", StringComparison.Ordinal)))
            {
                return;
            }
        }

        Assert.Fail($"Le clavier n'atteint pas « {expected} ».");
    }

    [Fact]
    public async Task A_person_answers_the_four_questions_with_the_keyboard_only_and_reads_why_the_first_offer_fits()
    {
        var (page, problems) = await site.OpenAsync();
        var questionnaire = new QuestionnairePage(page);
        await page.VisitAsync(site.BaseUrl + "/");
        await TabToAsync(page, "Trouver un accompagnement en 4 questions");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync("**/orientation");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await TabToAsync(page, "lieu");
        await page.Keyboard.TypeAsync("Guéret");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync("**/orientation/etape?commune=23096");
        Assert.Equal("À quelle étape en est votre projet ?", await questionnaire.Heading.InnerTextAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Sending without an answer shows the error next to the question, then the person answers.
        await TabToAsync(page, "Continuer");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync("**envoye=1**");
        Assert.Contains("Choisissez l'étape de votre projet.", await page.Locator(".error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await TabToAsync(page, "etape");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.True(await questionnaire.Choice("Création").IsCheckedAsync());
        await TabToAsync(page, "Continuer");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync("**/orientation/besoins**");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await TabToAsync(page, "Financement");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "Juridique");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "Continuer");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync("**/orientation/forme**");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await TabToAsync(page, "public");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.True(await questionnaire.Choice("Association").IsCheckedAsync());
        await TabToAsync(page, "Voir les offres");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync("**/orientation/resultats**");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        var results = new ResultsPage(page);
        Assert.True(await results.Results.CountAsync() > 0);
        var explanations = await results.FirstExplanations.AllInnerTextsAsync();
        Assert.Contains(explanations, e => e.Contains("Couvre", StringComparison.Ordinal));
        Assert.Contains(explanations, e => e.Contains("besoin", StringComparison.Ordinal));
        Assert.Contains(explanations, e => e.Contains("Accompagne l'étape « Création »", StringComparison.Ordinal));
        Assert.Contains("besoins=financement", page.Url, StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_postal_code_shared_by_several_communes_asks_which_one()
    {
        // axe needs JavaScript to run; the page itself is rendered by the server either way.
        var (page, problems) = await site.OpenAsync();
        var questionnaire = new QuestionnairePage(page);
        await page.VisitAsync(site.BaseUrl + "/orientation");
        await questionnaire.Place.FillAsync("23000");
        await questionnaire.Continue.ClickAsync();

        Assert.Equal("Quelle commune ?", await questionnaire.Heading.InnerTextAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await questionnaire.Continue.ClickAsync();
        Assert.Contains("Choisissez votre commune dans la liste.", await page.Locator(".error-summary").InnerTextAsync(), StringComparison.Ordinal);

        await questionnaire.Choice("Sainte-Feyre (Creuse, 23000)").CheckAsync();
        await questionnaire.Continue.ClickAsync();
        await page.ArriveAsync("**/orientation/etape?commune=23193");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_commune_field_suggests_communes_when_javascript_is_on()
    {
        var (page, problems) = await site.OpenAsync();
        await page.VisitAsync(site.BaseUrl + "/orientation");
        await new QuestionnairePage(page).Place.PressSequentiallyAsync("guere", new() { Delay = 30 });
        // Suggestions for a shorter prefix may show first on a busy machine: wait for those of "guere".
        await Assertions.Expect(page.Locator("#lieu-suggestions option").First).ToHaveAttributeAsync("value", "Guéret (23000)");
        Assert.Empty(problems);
    }
}
