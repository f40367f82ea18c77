namespace PlanAtlas.Search;

/// <summary>
/// Which shard file holds a term: FNV-1a (32 bit) over the term's UTF-16 code units, modulo the shard count. The
/// browser computes the same (search-engine.js, shardOf) to know which one script to load for a term, so the rule
/// must never depend on .NET's string hashing, which changes between processes.
/// </summary>
public static class TermShards
{
    /// <summary>The size a shard aims at: small enough that a query of a few words stays well within its budget.</summary>
    public const int TargetBytes = 24 * 1024;

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
