using Aiguillage.Catalogue;

namespace Aiguillage.Tests;

public class BoundedCacheTests
{
    [Fact]
    public void The_same_key_in_the_same_generation_is_computed_once()
    {
        var cache = new BoundedCache<string>(10);
        var calls = 0;
        string Create() => $"valeur {++calls}";

        Assert.Equal("valeur 1", cache.GetOrAdd("g1", "k", Create));
        Assert.Equal("valeur 1", cache.GetOrAdd("g1", "k", Create));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void A_new_generation_forgets_every_answer_of_the_previous_one()
    {
        var cache = new BoundedCache<string>(10);
        cache.GetOrAdd("g1", "a", () => "ancien");
        cache.GetOrAdd("g1", "b", () => "ancien");

        Assert.Equal("nouveau", cache.GetOrAdd("g2", "a", () => "nouveau"));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void The_cache_never_holds_more_than_its_capacity()
    {
        var cache = new BoundedCache<string>(3);
        for (var i = 0; i < 10; i++)
        {
            cache.GetOrAdd("g", $"k{i}", () => "v");
            Assert.InRange(cache.Count, 1, 3);
        }
    }

    [Fact]
    public void A_capacity_of_zero_computes_every_time()
    {
        var cache = new BoundedCache<string>(0);
        var calls = 0;
        cache.GetOrAdd("g", "k", () => $"{++calls}");
        cache.GetOrAdd("g", "k", () => $"{++calls}");
        Assert.Equal(2, calls);
        Assert.Equal(0, cache.Count);
    }
}
