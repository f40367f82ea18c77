using PlanAtlas.Model;
using PlanAtlas.Write;

namespace PlanAtlas.Search;

/// <summary>
/// Stage: the site's full-text search, as a sharded index that the search page loads piece by piece with script
/// tags (so it works from <c>file://</c>): a query loads only the shards of its terms and the chunks of the results it
/// shows. See SearchFormat.md beside this file for every file and its layout.
/// </summary>
/// <param name="includesPlan">The plans to index; all when null. A subset bundle indexes only the plans it keeps…</param>
/// <param name="includesProvision">…and of those, only the provisions it keeps.</param>
public sealed class BuildSearchIndex(Func<Plan, bool>? includesPlan = null, Func<Division, bool>? includesProvision = null)
{
    /// <summary>Where every file of the index goes.</summary>
    public const string Folder = "assets/search";

    /// <param name="cache">A preview session's last index: an edit then rewrites only the shards and chunks it changes.</param>
    public SearchIndexSummary Run(SiteModel site, SiteFiles files, SearchIndexCache? cache = null)
    {
        var corpus = SearchCorpus.Of(site, includesPlan, includesProvision);
        var last = cache?.Take();
        var changes = last is null ? null : IndexChanges.Between(last.Corpus, corpus);
        ShardLayout shards;
        Dictionary<string, List<int>> postings;
        if (changes is null)
        {
            postings = TermPostings.Build(corpus);
            shards = ShardWriter.Write(postings, files);
        }
        else
        {
            (postings, shards) = (last!.Postings, last.Shards);
            var before = changes.Keys.ToDictionary(k => k, k => postings.TryGetValue(k, out var list) ? ShardWriter.ValueOf(shards, k, list) : null, StringComparer.Ordinal);
            changes.ApplyTo(postings);
            if (!ShardWriter.TryUpdate(shards, postings, before, files))
            {
                shards = ShardWriter.Write(postings, files);
            }
        }

        var changedChunks = changes?.Documents.Select(d => d / ChunkWriter.Size).ToHashSet();
        var chunks = ChunkWriter.Write(corpus, files, changedChunks is null ? null : n => !changedChunks.Contains(n));
        MetaWriter.Write(corpus, shards.Count, chunks, files);
        cache?.Built(new SearchIndexCache.Snapshot(corpus, postings, shards));
        return new SearchIndexSummary(corpus.Documents.Count, shards.Count, chunks);
    }
}

/// <summary>How many documents, shards and chunks a build wrote (for the benchmark and tests).</summary>
public sealed record SearchIndexSummary(int Documents, int Shards, int Chunks);
