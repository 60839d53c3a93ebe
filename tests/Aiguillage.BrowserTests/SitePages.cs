using Microsoft.Playwright;

namespace Aiguillage.BrowserTests;

/// <summary>Page objects: what a person sees and uses on each screen.</summary>
internal sealed class HomePage(IPage page, string baseUrl)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator BrowseOffers => page.GetByRole(AriaRole.Link, new() { Name = "Parcourir les offres" });

    public async Task OpenAsync() => await page.VisitAsync(baseUrl + "/");
}

internal sealed class OffersPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator OfferLinks => page.Locator(".card-title a");
}

internal sealed class OfferPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator HowToBenefit => page.GetByRole(AriaRole.Heading, new() { Name = "Comment en bénéficier ?" });

    public ILocator StructureLink => page.Locator(".lead a");
}

internal sealed class QuestionnairePage(IPage page)
{
    public ILocator Place => page.GetByLabel("Où se situe votre projet ?");

    public ILocator Continue => page.GetByRole(AriaRole.Button, new() { Name = "Continuer" });

    public ILocator SeeOffers => page.GetByRole(AriaRole.Button, new() { Name = "Voir les offres" });

    public ILocator Choice(string name) => page.GetByRole(AriaRole.Radio, new() { Name = name });

    public ILocator Need(string name) => page.GetByRole(AriaRole.Checkbox, new() { Name = name, Exact = true });

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
}

internal sealed class ResultsPage(IPage page)
{
    public ILocator Results => page.Locator("ol.results > li");

    public ILocator FirstExplanations => Results.First.Locator(".criteria li");

    public ILocator Count => page.Locator(".result-count");
}

internal sealed class DirectoryPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Territory(string name) => page.Locator(".territory-list").GetByRole(AriaRole.Link, new() { Name = name, Exact = false });

    public ILocator Filter(string label) => page.GetByLabel(label, new() { Exact = true });

    public ILocator Apply => page.GetByRole(AriaRole.Button, new() { Name = "Appliquer les filtres" });

    public ILocator Count => page.Locator(".result-count");

    public ILocator Structures => page.GetByRole(AriaRole.Navigation, new() { Name = "Afficher" }).GetByRole(AriaRole.Link, new() { Name = "Structures" });

    public ILocator ResultLinks => page.Locator(".card-title a");
}
