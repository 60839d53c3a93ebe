using System.Diagnostics;
using Aiguillage.Catalogue;
using Aiguillage.Search;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Aiguillage.Benchmarks;

/// <summary>Full-text search on 10k and 100k synthetic offers (<see cref="SearchCorpus"/>). Target: p95 &lt; 20 ms.</summary>
[MemoryDiagnoser]
[Config(typeof(SearchLatencyConfig))]
public class SearchBenchmarks
{
    private static SyntheticCatalog? _synthetic;
    private CatalogueSnapshot _catalog = null!;
    private SearchIndex _index = SearchIndex.Empty;

    [Params(10_000, 100_000)]
    public int Offers { get; set; }

    [ParamsSource(nameof(QueryValues))]
    public string Query { get; set; } = "";

    public static IEnumerable<string> QueryValues => SearchCorpus.Queries;

    [GlobalSetup]
    public void Build()
    {
        _synthetic ??= new SyntheticCatalog();
        (_catalog, _index) = LuceneIndex(_synthetic, Offers);
    }

    /// <summary>One search as the API runs it: analysis, one pass over the postings, ranking, page of 20 with highlighted fragments.</summary>
    [Benchmark(Description = "Rechercher (page de 20)")]
    public int Search() => SearchCatalog.Search(_catalog, _index, new SearchQuery(Query)).Items.Count;

    /// <summary>The same search restricted to a département (the filter's documents are skipped before scoring).</summary>
    [Benchmark(Description = "Rechercher dans un département")]
    public int SearchInDepartement() =>
        SearchCatalog.Search(_catalog, _index, new SearchQuery(Query, "departement:" + SearchCorpus.Departement)).Items.Count;

    /// <summary>The corpus of that size and its index, with the build time and the memory it keeps written to the log.</summary>
    internal static (CatalogueSnapshot Catalog, SearchIndex Index) LuceneIndex(SyntheticCatalog synthetic, int offers)
    {
        var browse = SearchCorpus.Browse(synthetic, offers);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var index = SearchIndex.Build(browse, SearchCorpus.Taxonomy);
        var elapsed = clock.Elapsed;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// index de recherche de {offers} offres et {browse.Structures.Count} structures : {elapsed.TotalSeconds:F1} s, {(after - before) / 1024 / 1024} Mo retenus");
        return (SearchCorpus.Catalog(browse), index);
    }
}

/// <summary>Building the index from the snapshot (done once per catalogue stamp), at 10k and 100k offers. Target: under 5 s.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 5, id: "construction")]
public class SearchIndexBuildBenchmarks
{
    private static SyntheticCatalog? _synthetic;
    private CatalogueSnapshot _browse = CatalogueSnapshot.Empty;

    [Params(10_000, 100_000)]
    public int Offers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _synthetic ??= new SyntheticCatalog();
        _browse = SearchCorpus.Browse(_synthetic, Offers);
    }

    [Benchmark(Description = "Construire l'index de recherche")]
    public int Build() => SearchIndex.Build(_browse, SearchCorpus.Taxonomy).Count;
}
