using Aiguillage.Offers;
using Aiguillage.Quality;

namespace Aiguillage.Tests.Quality;

public sealed class OfferQualityTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static OfferView Offer(string description = "", string? email = null, string? how = null, string? cost = null, IReadOnlyList<string>? needs = null, DateOnly? verified = null, IReadOnlyList<string>? sources = null) => new(
        1, "Offre", description, new StructureRef(1, "Structure", null), ["accompagnement"], [], ["creation"], needs ?? [], [], cost, null, null, how, null, email, null, null,
        OfferStatus.Published, [], verified, null, "test", "1", sources ?? []);

    [Fact]
    public void A_complete_offer_confirmed_this_year_scores_100_with_nothing_to_improve()
    {
        var quality = OfferQuality.Assess(Offer(new string('x', 200), "a@example.org", "Écrire à la structure.", "gratuit", ["financement"], Today.AddMonths(-3), ["https://example.org"]), Today);
        Assert.Equal(100, quality.Score);
        Assert.Empty(quality.Improvements);
    }

    [Fact]
    public void An_empty_unconfirmed_offer_scores_0_and_each_missing_part_says_how_to_earn_it()
    {
        var quality = OfferQuality.Assess(Offer(), Today);
        Assert.Equal(0, quality.Score);
        Assert.Equal(7, quality.Improvements.Count);
        Assert.Contains(quality.Improvements, i => i.StartsWith("Confirmez que l'offre est à jour", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verification_older_than_24_months_no_longer_counts_as_recent()
    {
        var old = OfferQuality.Assess(Offer(new string('x', 200), "a@example.org", "Écrire.", "gratuit", ["financement"], Today.AddMonths(-25), ["https://example.org"]), Today);
        Assert.Equal(70, old.Score);
    }
}
