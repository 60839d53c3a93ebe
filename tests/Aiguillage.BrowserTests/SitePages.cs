using Microsoft.Playwright;

namespace Aiguillage.BrowserTests;

/// <summary>Page objects: what a person sees and uses on each screen.</summary>
internal sealed class HomePage(IPage page, string baseUrl)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator BrowseOffers => page.GetByRole(AriaRole.Link, new() { Name = "Parcourir les offres" });

    public async Task OpenAsync() => await page.GotoAsync(baseUrl + "/");
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
