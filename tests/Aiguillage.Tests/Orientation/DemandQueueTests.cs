using Aiguillage.Orientation;

namespace Aiguillage.Tests;

public class DemandQueueTests
{
    private static OrientationRequest Request(DateOnly day) => new(day, "23096", "23", "75", "creation", ["financement"], null, 4, 0);

    [Fact]
    public void A_client_asking_the_same_profile_again_the_same_day_is_recorded_once()
    {
        var queue = new DemandQueue();
        var day = new DateOnly(2026, 11, 30);

        Assert.True(queue.Enqueue(Request(day), "client-a", "23096|creation|financement"));
        Assert.False(queue.Enqueue(Request(day), "client-a", "23096|creation|financement"));
        Assert.True(queue.Enqueue(Request(day), "client-b", "23096|creation|financement"));
        Assert.True(queue.Enqueue(Request(day), "client-a", "23096|creation|juridique"));
        Assert.True(queue.Enqueue(Request(day.AddDays(1)), "client-a", "23096|creation|financement"));
    }
}
