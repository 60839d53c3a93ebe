using Aiguillage.Offers;

namespace Aiguillage.Tests;

public class OfferRulesTests
{
    private static readonly DateOnly Verified = new(2026, 11, 1);

    [Fact]
    public void Financial_instruments_are_only_for_a_financial_aid()
    {
        var broken = Assert.Single(Offer.CheckRules(["incubation"], ["pret"], Verified, null));

        Assert.Equal(nameof(OfferDetails.Instruments), broken.Detail);
        Assert.Equal("des instruments financiers ne sont permis que pour une offre de type aide-financiere.", broken.Message);
        Assert.Empty(Offer.CheckRules(["incubation", Offer.FinancialAidType], ["pret", "garantie"], Verified, null));
        Assert.Empty(Offer.CheckRules(["incubation"], [], Verified, null));
    }

    [Fact]
    public void An_offer_cannot_end_before_it_was_verified()
    {
        var broken = Assert.Single(Offer.CheckRules(["incubation"], [], Verified, Verified.AddDays(-1)));

        Assert.Equal(nameof(OfferDetails.EndsOn), broken.Detail);
        Assert.Empty(Offer.CheckRules(["incubation"], [], Verified, Verified));
    }

    [Fact]
    public void An_offer_over_part_of_its_zones_says_which_part_in_its_conditions()
    {
        var broken = Assert.Single(Offer.CheckRules(["incubation"], [], Verified, null, partialZones: true, conditions: " "));

        Assert.Equal(nameof(OfferDetails.PartialZones), broken.Detail);
        Assert.Empty(Offer.CheckRules(["incubation"], [], Verified, null, partialZones: true, conditions: "Pays de Brest."));
        Assert.Empty(Offer.CheckRules(["incubation"], [], Verified, null, partialZones: false, conditions: null));
    }

    [Fact]
    public void A_date_that_could_not_be_read_leaves_its_rule_unchecked() =>
        Assert.Empty(Offer.CheckRules(["incubation"], [], null, new DateOnly(2020, 1, 1)));

    [Fact]
    public void Every_broken_rule_is_reported() =>
        Assert.Equal(2, Offer.CheckRules(["incubation"], ["pret"], Verified, Verified.AddYears(-1)).Count);
}
