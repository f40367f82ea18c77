using PlanAtlas.Write;

namespace PlanAtlas.Search;

/// <summary>
/// Writes the posting lists as <c>assets/search/terms/&lt;n&gt;.js</c>, each term in the shard <see cref="TermShards"/>
/// names, with as many shards as keep each near <see cref="TermShards.TargetBytes"/>.
/// </summary>
public static class ShardWriter
{
    public static string PathOf(int shard) => $"{BuildSearchIndex.Folder}/terms/{shard}.js";

    /// <returns>The number of shards.</returns>
    public static int Write(SortedDictionary<string, List<int>> postings, SiteFiles files)
    {
        var encoded = postings.Select(p => (Term: p.Key, Posting: PostingCodec.Encode(p.Value))).ToList();

        // Key, posting, quotes, colon and comma; the terms are mostly CJK, three bytes a character.
        var total = encoded.Sum(e => (e.Term.Length * 3L) + e.Posting.Length + 6);
        var count = TermShards.CountFor(total);
        var shards = encoded.GroupBy(e => TermShards.ShardOf(e.Term, count)).ToDictionary(g => g.Key, g => g.ToList());
        for (var shard = 0; shard < count; shard++)
        {
            // Every shard is written, even an empty one, so that a missing file always means a damaged copy.
            var terms = shards.GetValueOrDefault(shard) ?? [];
            files.Add(PathOf(shard), SearchScript.Call("addShard", shard, json =>
            {
                json.WriteStartObject();
                foreach (var (term, posting) in terms)
                {
                    json.WriteString(term, posting);
                }

                json.WriteEndObject();
            }));
        }

        return count;
    }
}
