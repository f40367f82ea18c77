using System.Collections.Concurrent;

namespace PlanAtlas.IO;

/// <summary>
/// Concurrent dictionaries sized up front. A preview rebuild refills maps of a national site's 135 k pages from every
/// render thread, and each time such a map grows it takes all its locks and copies itself while the threads queue:
/// at 1,000 plans that queueing was a third of a rebuild's render stage.
/// </summary>
public static class ConcurrentMaps
{
    public static ConcurrentDictionary<TKey, TValue> Sized<TKey, TValue>(int expected, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull =>
        new(Environment.ProcessorCount * 4, Math.Max(expected + (expected / 4), 31), comparer);
}
