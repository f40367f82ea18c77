using System.Collections;

namespace PlanAtlas.IO;

/// <summary>
/// A dictionary behind one lock, for the maps a build fills with every one of its files or pages from the render
/// threads. Its entries are structs in one array: a preview rebuild of a national site records 135 k kept pages in
/// each such map, and as concurrent dictionaries each entry was a new node linked from bucket arrays already in the
/// oldest generation, so every young collection of the rebuild had to trace them all (gen0 pauses of up to 0.9 s at
/// 1,000 plans). Reads take the lock too; uncontended, it costs less than a concurrent dictionary's node.
/// </summary>
public sealed class LockedMap<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _map;
    private readonly Lock _lock = new();

    /// <param name="expected">How many entries it will hold (a preview rebuild: those of the last build); 0 when unknown.</param>
    public LockedMap(int expected = 0, IEqualityComparer<TKey>? comparer = null)
        : this(new Dictionary<TKey, TValue>(expected, comparer))
    {
    }

    private LockedMap(Dictionary<TKey, TValue> map)
    {
        _map = map;
    }

    /// <summary>
    /// A copy of another map, to be written on its own: a preview rebuild starts from the last build's record of its
    /// 135 k pages and changes the few hundred it renders. Copying a dictionary with its own comparer moves its entries
    /// as they are (no key is hashed or compared again): a few milliseconds, where adding them one by one took a tenth of a second.
    /// </summary>
    public static LockedMap<TKey, TValue> CopyOf(IReadOnlyDictionary<TKey, TValue> other)
    {
        if (other is LockedMap<TKey, TValue> locked)
        {
            lock (locked._lock)
            {
                return new LockedMap<TKey, TValue>(new Dictionary<TKey, TValue>(locked._map, locked._map.Comparer));
            }
        }

        return new LockedMap<TKey, TValue>(new Dictionary<TKey, TValue>(other));
    }

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

    /// <summary>The keys as they stand when first read (a copy: writers may go on meanwhile).</summary>
    public IEnumerable<TKey> Keys => KeysWhere(_ => true);

    IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Snapshot().Select(e => e.Value);

    /// <summary>
    /// The keys that pass <paramref name="keep"/>, as they stand when first read. Copied before they are handed out,
    /// and only they: a national site's 164 k files copied whole are a large-object allocation, and large objects
    /// are what set off a full collection.
    /// </summary>
    public IEnumerable<TKey> KeysWhere(Func<TKey, bool> keep)
    {
        List<TKey> keys;
        lock (_lock)
        {
            keys = _map.Keys.Where(keep).ToList();
        }

        foreach (var key in keys)
        {
            yield return key;
        }
    }

    /// <summary>The sum over every value, without a copy.</summary>
    public long Sum(Func<TValue, long> of)
    {
        lock (_lock)
        {
            return _map.Values.Sum(of);
        }
    }

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
