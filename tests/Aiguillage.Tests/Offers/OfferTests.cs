using Aiguillage.Offers;
using Aiguillage.Territories;

namespace Aiguillage.Tests;

public class OfferTests
{
    [Fact]
    public void Applying_the_same_details_changes_nothing()
    {
        var offer = new Offer(1, "test", "o1", TestData.Offer());
        var version = offer.Version;

        Assert.False(ForceId(offer).Apply(TestData.Offer()));
        Assert.Equal(version, offer.Version);
        Assert.True(offer.Apply(TestData.Offer(title: "Nouveau titre")));
        Assert.Equal(version + 1, offer.Version);
    }

    [Fact]
    public void An_archived_offer_cannot_be_published_again()
    {
        var offer = new Offer(1, "test", "o1", TestData.Offer());
        offer.Archive();
        Assert.Throws<InvalidOperationException>(offer.Publish);
    }

    [Fact]
    public void An_offer_needs_a_stage_a_type_and_a_zone()
    {
        Assert.Throws<ArgumentException>(() => new Offer(1, "test", "o1", TestData.Offer(stages: [])));
        Assert.Throws<ArgumentException>(() => new Offer(1, "test", "o1", TestData.Offer(types: [])));
        Assert.Throws<ArgumentException>(() => new Offer(1, "test", "o1", TestData.Offer(zones: [])));
    }

    [Fact]
    public void Zones_are_stored_as_text_and_read_back() =>
        Assert.Equal([CoverageZone.France], new Offer(1, "test", "o1", TestData.Offer()).Zones);

    /// <summary>An offer read from the database has an id; equality of details only matters then.</summary>
    private static Offer ForceId(Offer offer)
    {
        typeof(Offer).GetProperty(nameof(Offer.Id))!.SetValue(offer, 42);
        return offer;
    }
}
