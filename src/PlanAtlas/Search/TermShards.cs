namespace PlanAtlas.Search;

/// <summary>
/// Which shard file holds a term: FNV-1a (32 bit) over the term's UTF-16 code units, modulo the shard count. The
/// browser computes the same (search-engine.js, shardOf) to know which one script to load for a term, so the rule
/// must never depend on .NET's string hashing, which changes between processes.
/// </summary>
public static class TermShards
{
    /// <summary>
    /// The size a shard aims at. A query loads a whole shard for each of its terms (a four-character word has three
    /// bigrams, a synonym adds its own), so smaller shards waste less: measured on a 300-plan corpus, “普法 责任制” loaded
    /// 221 kB of shards at 16 kB (355 kB in all, over the 300 kB budget). Shards of a corpus of 3,000 plans number
    /// about 15,000 files at this size, which a static host and a USB stick take in their stride.
    /// </summary>
    public const int TargetBytes = 4 * 1024;

    public static uint Hash(string term)
    {
        var hash = 2166136261u;
        foreach (var c in term)
        {
            hash ^= c;
            hash = unchecked(hash * 16777619u);
        }

        return hash;
    }

    public static int ShardOf(string term, int shardCount) => (int)(Hash(term) % (uint)shardCount);

    /// <summary>Enough shards that the average one holds about <see cref="TargetBytes"/>; at least one.</summary>
    public static int CountFor(long totalBytes) => (int)Math.Max(1, (totalBytes + TargetBytes - 1) / TargetBytes);
}
