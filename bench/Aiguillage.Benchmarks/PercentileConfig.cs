using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace Aiguillage.Benchmarks;

/// <summary>The issue targets are medians and 95th percentiles, so the tables show them beside the mean.</summary>
internal sealed class PercentileConfig : ManualConfig
{
    public PercentileConfig() => AddColumn(StatisticColumn.Median, StatisticColumn.P95);
}
