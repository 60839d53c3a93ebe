using Aiguillage.Orientation;
using static Aiguillage.Tests.OrientationTestData;

namespace Aiguillage.Tests;

public class RankTests
{
    private static readonly string[] Needs = ["financement", "juridique", "emploi-rh", "numerique", "strategie"];

    /// <summary>The reference: sort everything, then the greedy diversity picks, then rank order.</summary>
    private static List<int> FullSortReference(List<MatchOffers.Candidate> candidates, string[] needs, int count)
    {
        var sorted = candidates.Order(MatchOffers.CandidateOrder.Instance).ToList();
        var picked = new List<MatchOffers.Candidate>();
        if (needs.Length >= 2)
        {
            var uncovered = needs.ToHashSet();
            while (picked.Count < Math.Min(MatchOffers.DiversityWindow, count) && uncovered.Count > 0)
            {
                var next = sorted.FirstOrDefault(c => !picked.Contains(c) && c.Offer.Needs.Any(uncovered.Contains));
                if (next is null)
                {
                    break;
                }

                picked.Add(next);
                uncovered.ExceptWith(next.Offer.Needs);
            }
        }

        return picked.Concat(sorted.Where(c => !picked.Contains(c))).Take(count).Select(c => c.Offer.Id).ToList();
    }

    [Theory]
    [InlineData(1, 0, 20)]
    [InlineData(2, 1, 20)]
    [InlineData(3, 2, 20)]
    [InlineData(4, 3, 3)]
    [InlineData(5, 5, 20)]
    [InlineData(6, 2, 1)]
    public void Ranking_with_a_bounded_heap_gives_the_same_results_as_a_full_sort(int seed, int neededCount, int count)
    {
        var random = new Random(seed);
        // Few distinct scores, so that ties are common and the tie-break is exercised.
        var candidates = Enumerable.Range(1, 300).Select(id =>
        {
            var offerNeeds = Needs.Where(_ => random.Next(4) == 0).ToArray();
            var offer = Offer(id, title: $"Offre {random.Next(5)}", needs: offerNeeds, verifiedOn: Today.AddDays(-random.Next(3)));
            return new MatchOffers.Candidate(offer, random.Next(4) * 10, offerNeeds.Length, random.Next(1, 5), null);
        }).ToList();
        var needs = Needs.Take(neededCount).ToArray();

        var ranked = MatchOffers.Rank(candidates, needs, count).Select(c => c.Offer.Id).ToList();

        Assert.Equal(FullSortReference(candidates, needs, count), ranked);
    }

    [Fact]
    public void Ranking_fewer_candidates_than_asked_returns_them_all_in_order()
    {
        var candidates = new List<MatchOffers.Candidate>
        {
            new(Offer(2), 10, 0, 1, null),
            new(Offer(1), 30, 0, 1, null),
        };
        Assert.Equal([1, 2], MatchOffers.Rank(candidates, [], 20).Select(c => c.Offer.Id));
    }
}
