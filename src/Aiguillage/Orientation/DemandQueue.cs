using System.Threading.Channels;
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

    public void Enqueue(OrientationRequest request) => _channel.Writer.TryWrite(request);

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
