using System.Globalization;
using Aiguillage.Benchmarks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Aiguillage.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/Aiguillage.Benchmarks -- offres-synthetiques 5000 [--structures-placees] > synthetiques.csv
//   (for bench/orientation-load.sh and bench/load-soak.sh; --structures-placees gives the 500 structures a commune)
// dotnet run -c Release --project bench/Aiguillage.Benchmarks -- export-data-inclusion   (peak heap of the data·inclusion export, 1,000 to 100,000 services)
// dotnet run -c Release --project bench/Aiguillage.Benchmarks -- courriels 1000   (1,000 queued mails sent to an SMTP server on loopback)
// AIGUILLAGE_BENCH_POSTGRES="Host=127.0.0.1;Port=55499;Database=recherche;Username=bench;Password=bench" dotnet run -c Release -- --filter '*Search*'
//   (Lucene and PostgreSQL full-text search on the same corpus, in the same run)
// Results go to BenchmarkDotNet.Artifacts/; the figures we keep are copied into docs/benchmarks.md.
if (args is ["offres-synthetiques", var count, .. var options])
{
    var placed = options.Contains("--structures-placees");
    foreach (var line in new SyntheticCatalog().CsvLines(int.Parse(count, CultureInfo.InvariantCulture), placed))
    {
        Console.WriteLine(line);
    }

    return;
}

if (args is ["export-data-inclusion"])
{
    await OpenDataBenchmarks.PeakAsync();
    return;
}

if (args is ["courriels", var mails])
{
    await MailThroughput.RunAsync(int.Parse(mails, CultureInfo.InvariantCulture));
    return;
}

// The PostgreSQL comparison needs a database: without one it is left out, and said so, rather than failing in every case.
var config = DefaultConfig.Instance;
if (Environment.GetEnvironmentVariable(SearchPostgresBenchmarks.ConnectionVariable) is null)
{
    Console.WriteLine($"Comparaison PostgreSQL ignorée : {SearchPostgresBenchmarks.Missing}");
    config = config.AddFilter(new SimpleFilter(b => b.Descriptor.Type != typeof(SearchPostgresBenchmarks)));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
