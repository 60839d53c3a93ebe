using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Aiguillage.Benchmarks -- --filter '*'
// Results go to BenchmarkDotNet.Artifacts/; the figures we keep are copied into docs/benchmarks.md.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
