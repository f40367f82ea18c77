namespace PlanAtlas.Search;

/// <summary>
/// Which shard file holds a term: FNV-1a (32 bit) over the term's UTF-16 code units, modulo the shard count. The
/// browser computes the same (search-engine.js, shardOf) to know which one script to load for a term, so the rule
/// must never depend on .NET's string hashing, which changes between processes.
/// </summary>
public static class TermShards
{
    /// <summary>
    /// The size a shard aims at: a query of four words with a place name loads about eight shards, which must leave room in
    /// the 300 kB budget for the engine and the chunks of a page of results (measured on a 300-plan corpus: 24 kB shards
    /// came to 298 kB for 四川省 法律援助, 16 kB ones leave a margin).
    /// </summary>
    public const int TargetBytes = 16 * 1024;

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
