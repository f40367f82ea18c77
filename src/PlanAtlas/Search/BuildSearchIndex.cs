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

    public SearchIndexSummary Run(SiteModel site, SiteFiles files)
    {
        var corpus = SearchCorpus.Of(site, includesPlan, includesProvision);
        var shards = ShardWriter.Write(TermPostings.Build(corpus), files);
        var chunks = ChunkWriter.Write(corpus, files);
        MetaWriter.Write(corpus, shards, chunks, files);
        return new SearchIndexSummary(corpus.Documents.Count, shards, chunks);
    }
}

/// <summary>How many documents, shards and chunks a build wrote (for the benchmark and tests).</summary>
public sealed record SearchIndexSummary(int Documents, int Shards, int Chunks);
