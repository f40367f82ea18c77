using PlanAtlas.Write;

namespace PlanAtlas.Search;

/// <summary>
/// Writes the posting lists as <c>assets/search/terms/&lt;n&gt;.js</c>, each key in the shard <see cref="TermShards"/>
/// names, with as many shards as keep each near <see cref="TermShards.TargetBytes"/>. A posting list longer than
/// <see cref="OwnFileBytes"/> (a common bigram of a national corpus: up to D/6 bytes as a bitmap) goes to a file of its own,
/// <c>terms/k&lt;i&gt;.js</c>, and its shard holds <c>"!k&lt;i&gt;:&lt;length&gt;"</c> instead: a query that needs a light key
/// of that shard never loads the heavy one, every shard stays near the target, and a word of several terms with a rare
/// term can leave out its long lists (its candidates are verified against the text anyway).
/// </summary>
public static class ShardWriter
{
    /// <summary>
    /// A posting list longer than this has a file of its own: a quarter of the target, so that a shard is many small
    /// lists that the hash spreads evenly (with lists up to half the target, a 250-plan corpus had a shard of 3.2 times
    /// the target); a query then loads the long lists it needs and nothing that merely shares their shard.
    /// </summary>
    public const int OwnFileBytes = TermShards.TargetBytes / 4;

    /// <summary>Marks a shard's value that names the file holding the key's posting list (no posting starts with it).</summary>
    public const char ElsewhereMark = '!';

    public static string PathOf(int shard) => $"{BuildSearchIndex.Folder}/terms/{shard}.js";

    public static string PathOf(string ownFile) => $"{BuildSearchIndex.Folder}/terms/{ownFile}.js";

    /// <returns>The number of shards.</returns>
    public static int Write(SortedDictionary<string, List<int>> postings, SiteFiles files)
    {
        var encoded = postings.Select(p => (Term: p.Key, Posting: PostingCodec.Encode(p.Value))).ToList();

        // Heavy lists first, in key order, so that their file names are the same from build to build.
        var own = 0;
        for (var i = 0; i < encoded.Count; i++)
        {
            var (term, posting) = encoded[i];
            if (posting.Length > OwnFileBytes)
            {
                var name = "k" + own++;
                files.Add(PathOf(name), SearchScript.Call("addShard", $"\"{name}\"", json =>
                {
                    json.WriteStartObject();
                    json.WriteString(term, posting);
                    json.WriteEndObject();
                }));
                encoded[i] = (term, $"{ElsewhereMark}{name}:{posting.Length}");
            }
        }

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
