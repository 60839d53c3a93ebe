using Aiguillage.Referrals;

namespace Aiguillage.Tests.Referrals;

public sealed class ReferralStatisticsTests
{
    private static readonly DateTime T0 = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    private static Referral Request(int structureId, int offerId, params ReferralEvent[] events)
    {
        var r = new Referral(new ReferralDraft(offerId, structureId, "Nom", "a@example.org", null, "Un message assez long.", null, null, [], null, ReferralRules.ConsentText),
            ReferralRules.NewToken(), ReferralRules.NewToken(), new ReferralRecipient(ReferralRecipientKind.PublicEmail, "s@example.org", "s"), T0);
        r.Events.AddRange(events);
        return r;
    }

    [Fact]
    public void Counts_and_median_response_time_follow_the_history_of_each_request()
    {
        var handedOn = Request(1, 10,
            new ReferralEvent(ReferralEventKind.Sent, T0, 1, 10),
            new ReferralEvent(ReferralEventKind.Redirected, T0.AddHours(4), 1, 10, 2, 20),
            new ReferralEvent(ReferralEventKind.Accepted, T0.AddHours(10), 2, 20));
        var declined = Request(1, 10,
            new ReferralEvent(ReferralEventKind.Sent, T0, 1, 10),
            new ReferralEvent(ReferralEventKind.Declined, T0.AddHours(2), 1, 10, reasonCode: "capacite"));
        var expired = Request(1, 10,
            new ReferralEvent(ReferralEventKind.Sent, T0, 1, 10),
            new ReferralEvent(ReferralEventKind.Reminded, T0.AddDays(10), 1, 10),
            new ReferralEvent(ReferralEventKind.Expired, T0.AddDays(30), 1, 10));
        var all = new[] { handedOn, declined, expired };

        // Open counts the current status (these histories are built without moving it), the rest follows the events.
        var first = ReferralStatistics.For(1, all);
        Assert.Equal(new StructureReferralStats(1, Received: 3, Open: first.Open, Accepted: 0, Declined: 1, RedirectedOut: 1, RedirectedIn: 0, Expired: 1, MedianFirstAnswer: TimeSpan.FromHours(3)), first);
        Assert.Equal(1, ReferralStatistics.For(1, [Request(1, 10, new ReferralEvent(ReferralEventKind.Sent, T0, 1, 10))]).Open);
        Assert.Equal(0, ReferralStatistics.For(2, [Request(1, 10, new ReferralEvent(ReferralEventKind.Sent, T0, 1, 10))]).Open);

        var second = ReferralStatistics.For(2, all);
        Assert.Equal(1, second.Received);
        Assert.Equal(1, second.RedirectedIn);
        Assert.Equal(1, second.Accepted);
        Assert.Equal(TimeSpan.FromHours(6), second.MedianFirstAnswer);
    }

    [Fact]
    public void The_median_of_nothing_is_unknown() => Assert.Null(ReferralStatistics.Median([]));
}
