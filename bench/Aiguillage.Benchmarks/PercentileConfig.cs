using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Perfolizer.Mathematics.OutlierDetection;

namespace Aiguillage.Benchmarks;

/// <summary>The issue targets are medians and 95th percentiles, so the tables show them beside the mean.</summary>
internal sealed class PercentileConfig : ManualConfig
{
    public PercentileConfig() => AddColumn(StatisticColumn.Median, StatisticColumn.P95);
}

/// <summary>
/// One search per iteration, so that the median and the 95th percentile are those of single searches (as a user meets
/// them, collections included) rather than of averages over many, and slow ones are kept rather than dropped as outliers;
/// a hundred are enough at a few milliseconds each.
/// </summary>
internal sealed class SearchLatencyConfig : ManualConfig
{
    public SearchLatencyConfig()
    {
        AddJob(Job.Default
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithWarmupCount(10)
            .WithIterationCount(100)
            .WithOutlierMode(OutlierMode.DontRemove)
            .WithId("une-recherche"));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95);
    }
}
