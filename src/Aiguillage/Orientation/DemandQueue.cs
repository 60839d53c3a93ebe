using System.Threading.Channels;
using Aiguillage.Catalogue;
using Aiguillage.Data;

namespace Aiguillage.Orientation;

/// <summary>
/// Orientation requests wait here and are written in batches (by the web host's background writer), so that answering
/// a questionnaire never waits for a database write. Bounded: under an extreme burst the oldest waiting ones are dropped
/// rather than the memory growing.
/// </summary>
public sealed class DemandQueue
{
    public const int Capacity = 50_000;

    private readonly Channel<OrientationRequest> _channel = Channel.CreateBounded<OrientationRequest>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    /// <summary>How many (client, profile) pairs of the day are remembered; past it the memory starts over (see BoundedCache).</summary>
    public const int RememberedClients = 100_000;

    private static readonly object Seen = new();
    private readonly BoundedCache<object> _recorded = new(RememberedClients);

    /// <summary>
    /// Records a request unless the same client already asked the same profile that day: reloading a results page or a
    /// script calling the API in a loop counts once, so the unmet-demand figures of the diagnosis are not skewed. The client
    /// is an opaque key (never stored); the memory is per instance and bounded. Returns whether the request was recorded.
    /// </summary>
    public bool Enqueue(OrientationRequest request, string client, string profile)
    {
        var first = false;
        _recorded.GetOrAdd(request.Day.DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), client + "\n" + profile, () =>
        {
            first = true;
            return Seen;
        });
        return first && _channel.Writer.TryWrite(request);
    }

    public ValueTask<bool> WaitAsync(CancellationToken cancellationToken) => _channel.Reader.WaitToReadAsync(cancellationToken);

    /// <summary>Writes what is waiting (at most one batch) in one transaction; returns how many were written.</summary>
    public async Task<int> FlushAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var batch = new List<OrientationRequest>();
        while (batch.Count < 1_000 && _channel.Reader.TryRead(out var request))
        {
            batch.Add(request);
        }

        if (batch.Count > 0)
        {
            db.OrientationRequests.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return batch.Count;
    }
}
