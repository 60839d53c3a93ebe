using Aiguillage.Catalogue;
using Aiguillage.Orientation;
using Aiguillage.Taxonomy;
using BenchmarkDotNet.Attributes;

namespace Aiguillage.Benchmarks;

/// <summary>The orientation engine on 1k, 10k and 100k synthetic offers (targets: 10k → p50 &lt; 1 ms; 100k → p50 &lt; 10 ms).</summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public class OrientationBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static SyntheticCatalog? _catalog;
    private readonly TaxonomySnapshot _taxonomy = new(TaxonomyCatalog.Version1);
    private OfferIndex _index = OfferIndex.Empty;
    private OrientationProfile[] _profiles = [];
    private int _next;

    [Params(1_000, 10_000, 100_000)]
    public int Offers { get; set; }

    [GlobalSetup]
    public void Build()
    {
        _catalog ??= new SyntheticCatalog();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        _index = _catalog.Index(Offers);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// index de {Offers} offres : {(after - before) / 1024 / 1024} Mo retenus");
        _profiles = _catalog.Profiles(1_000);
    }

    /// <summary>One orientation: eligibility, ranking, explanations, alternatives and next stages, for a profile drawn in turn.</summary>
    [Benchmark(Description = "Orienter un profil")]
    public int Match()
    {
        var profile = _profiles[_next++ % _profiles.Length];
        var result = MatchOffers.Match(_index, _taxonomy, profile, Today);
        return result.Results.Count + result.Alternatives.Count + result.NextSteps.Count;
    }
}
