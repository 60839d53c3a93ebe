using System.Globalization;
using Aiguillage.Benchmarks;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Aiguillage.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/Aiguillage.Benchmarks -- offres-synthetiques 5000 > synthetiques.csv   (for bench/orientation-load.sh)
// Results go to BenchmarkDotNet.Artifacts/; the figures we keep are copied into docs/benchmarks.md.
if (args is ["offres-synthetiques", var count])
{
    foreach (var line in new SyntheticCatalog().CsvLines(int.Parse(count, CultureInfo.InvariantCulture)))
    {
        Console.WriteLine(line);
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
