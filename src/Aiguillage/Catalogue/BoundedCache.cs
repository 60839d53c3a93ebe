using System.Collections.Concurrent;

namespace Aiguillage.Catalogue;

/// <summary>
/// A process-wide memo of answers that depend only on a generation (the catalogue stamp and the day) and a key (the
/// profile). A new generation empties it, so a changed catalogue is never answered from the old one; past its capacity
/// it empties too, which bounds memory without the bookkeeping of an LRU (the popular keys come back at once).
/// A capacity of 0 turns it off.
/// </summary>
public sealed class BoundedCache<T>(int capacity)
    where T : class
{
    private readonly ConcurrentDictionary<string, T> _entries = new(StringComparer.Ordinal);
    private readonly Lock _generationLock = new();
    private string _generation = "";

    public int Capacity { get; } = capacity;

    public int Count => _entries.Count;

    public T GetOrAdd(string generation, string key, Func<T> create)
    {
        if (Capacity <= 0)
        {
            return create();
        }

        if (!string.Equals(Volatile.Read(ref _generation), generation, StringComparison.Ordinal))
        {
            lock (_generationLock)
            {
                if (!string.Equals(_generation, generation, StringComparison.Ordinal))
                {
                    _entries.Clear();
                    Volatile.Write(ref _generation, generation);
                }
            }
        }

        if (_entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var value = create();
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries.TryAdd(key, value);
        return value;
    }
}
