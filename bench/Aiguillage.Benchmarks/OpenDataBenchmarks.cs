using System.Diagnostics;
using System.Globalization;
using Aiguillage.Catalogue;
using Aiguillage.OpenData;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;

namespace Aiguillage.Benchmarks;

/// <summary>
/// The data·inclusion JSON export of 100,000 synthetic offers (issue 13: it streams in constant memory), from the catalogue
/// snapshot of a real SQLite file, through <see cref="OpenDataWriter"/> as the API and the open dump write it, to a stream
/// that only counts bytes. 10,000 and 100,000 services: if the export streams, time and allocations grow with the count
/// while the peak of the heap does not (see <see cref="PeakAsync"/>, run by « export-data-inclusion » in Program.cs).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, id: "export")]
public class OpenDataBenchmarks
{
    public const int OfferCount = 100_000;
    private const string Site = "https://aiguillage.example.org";
    private CatalogueSnapshot _snapshot = null!;
    private ServiceProvider _services = null!;

    [Params(10_000, 100_000)]
    public int Services { get; set; }

    [GlobalSetup]
    public void Load() => (_services, _snapshot) = SnapshotAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Dispose() => _services.Dispose();

    [Benchmark(Description = "services data·inclusion en JSON")]
    public async Task<long> ExportServices()
    {
        var output = new CountingStream();
        await OpenDataWriter.WriteJsonArrayAsync(MapToDataInclusion.Services(_snapshot, Site).Take(Services), output, CancellationToken.None);
        return output.Length;
    }

    /// <summary>The snapshot of a SQLite file with the 100,000 synthetic offers, built once and kept in the temporary folder.</summary>
    public static async Task<(ServiceProvider Services, CatalogueSnapshot Snapshot)> SnapshotAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"aiguillage-opendata-{OfferCount}-v1.db");
        await new SyntheticCatalog().EnsureDatabaseAsync(path, OfferCount);

        var services = Benchmarks.Services.For($"Data Source={path}");
        var snapshot = await services.GetRequiredService<CatalogueProvider>().GetAsync();
        if (snapshot.Offers.Count != OfferCount)
        {
            throw new InvalidOperationException($"{snapshot.Offers.Count} offres visibles au lieu de {OfferCount} : supprimez {path} pour le reconstruire.");
        }

        return (services, snapshot);
    }

    /// <summary>
    /// The peak of the managed heap above the snapshot while exporting 1,000, 10,000 and 100,000 services, sampled every
    /// millisecond by another thread; a full collection before each export so that the baseline is the snapshot alone.
    /// </summary>
    public static async Task PeakAsync()
    {
        var (services, snapshot) = await SnapshotAsync();
        using (services)
        {
            Console.WriteLine($"Instantané : {snapshot.Offers.Count.ToString(CultureInfo.InvariantCulture)} offres, {snapshot.Structures.Count.ToString(CultureInfo.InvariantCulture)} structures.");
            foreach (var count in new[] { 1_000, 10_000, 100_000, 1_000, 10_000, 100_000 })
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                var baseline = GC.GetTotalMemory(forceFullCollection: true);
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                long peak = baseline;
                using var stop = new CancellationTokenSource();
                var sampler = Task.Run(() =>
                {
                    while (!stop.IsCancellationRequested)
                    {
                        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                        Thread.Sleep(1);
                    }
                });
                var watch = Stopwatch.StartNew();
                var output = new CountingStream();
                await OpenDataWriter.WriteJsonArrayAsync(MapToDataInclusion.Services(snapshot, Site).Take(count), output, CancellationToken.None);
                watch.Stop();
                await stop.CancelAsync();
                await sampler;
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{count,7} services : {watch.Elapsed.TotalMilliseconds,8:0.0} ms, {output.Length / 1e6,7:0.0} Mo écrits, {allocated / 1e6,8:0.0} Mo alloués, tas au-dessus de l'instantané au plus {(peak - baseline) / 1e6,6:0.0} Mo"));
            }
        }
    }

    /// <summary>A write-only stream that keeps nothing but the number of bytes, as a response body seen from the server.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
