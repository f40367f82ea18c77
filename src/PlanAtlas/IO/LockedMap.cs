using System.Collections;

namespace PlanAtlas.IO;

/// <summary>
/// A dictionary behind one lock, for the maps a build fills with every one of its files or pages from the render
/// threads. Its entries are structs in one array: a preview rebuild of a national site records 135 k kept pages in
/// each such map, and as concurrent dictionaries each entry was a new node linked from bucket arrays already in the
/// oldest generation, so every young collection of the rebuild had to trace them all (gen0 pauses of up to 0.9 s at
/// 1,000 plans). Reads take the lock too; uncontended, it costs less than a concurrent dictionary's node.
/// </summary>
/// <param name="expected">How many entries it will hold (a preview rebuild: those of the last build); 0 when unknown.</param>
public sealed class LockedMap<TKey, TValue>(int expected = 0, IEqualityComparer<TKey>? comparer = null) : IReadOnlyDictionary<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _map = new(expected, comparer);
    private readonly Lock _lock = new();

    public TValue this[TKey key]
    {
        get
        {
            lock (_lock)
            {
                return _map[key];
            }
        }

        set
        {
            lock (_lock)
            {
                _map[key] = value;
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _map.Count;
            }
        }
    }

    /// <summary>A copy of the keys as they stand: writers may go on while it is read.</summary>
    public IEnumerable<TKey> Keys => Snapshot().Select(e => e.Key);

    /// <summary>A copy of the values as they stand.</summary>
    public IEnumerable<TValue> Values => Snapshot().Select(e => e.Value);

    public bool TryAdd(TKey key, TValue value)
    {
        lock (_lock)
        {
            return _map.TryAdd(key, value);
        }
    }

    public bool TryRemove(TKey key)
    {
        lock (_lock)
        {
            return _map.Remove(key);
        }
    }

    public bool ContainsKey(TKey key)
    {
        lock (_lock)
        {
            return _map.ContainsKey(key);
        }
    }

    public bool TryGetValue(TKey key, out TValue value)
    {
        lock (_lock)
        {
            return _map.TryGetValue(key, out value!);
        }
    }

    /// <summary>Enumerates a copy of the entries as they stand.</summary>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<TKey, TValue>>)Snapshot()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private KeyValuePair<TKey, TValue>[] Snapshot()
    {
        lock (_lock)
        {
            return [.. _map];
        }
    }
}
