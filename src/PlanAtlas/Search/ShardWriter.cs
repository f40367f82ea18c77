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

    /// <summary>Writes every shard and every file of a long list.</summary>
    public static ShardLayout Write(IReadOnlyDictionary<string, List<int>> postings, SiteFiles files)
    {
        // Long lists first, in key order, so that their file names are the same from build to build.
        var keys = postings.Keys.Order(StringComparer.Ordinal).ToList();
        var ownFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = new Dictionary<string, string>(keys.Count, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var posting = PostingCodec.Encode(postings[key]);
            if (posting.Length > OwnFileBytes)
            {
                var name = ownFiles[key] = "k" + ownFiles.Count;
                WriteOwnFile(files, name, key, posting);
                posting = Pointer(name, posting);
            }

            values[key] = posting;
        }

        var total = values.Sum(v => EntryBytes(v.Key, v.Value));
        var count = TermShards.CountFor(total);
        var shardKeys = Enumerable.Range(0, count).Select(_ => new List<string>()).ToArray();
        foreach (var key in keys)
        {
            shardKeys[TermShards.ShardOf(key, count)].Add(key);
        }

        for (var shard = 0; shard < count; shard++)
        {
            WriteShard(files, shard, shardKeys[shard], key => values[key]);
        }

        return new ShardLayout(count, total, ownFiles, shardKeys);
    }

    /// <summary>What a key's shard holds for its list: the list, or where its own file is.</summary>
    internal static string ValueOf(ShardLayout layout, string key, IReadOnlyList<int> posting)
    {
        var encoded = PostingCodec.Encode(posting);
        return layout.OwnFiles.TryGetValue(key, out var name) ? Pointer(name, encoded) : encoded;
    }

    /// <summary>
    /// Rewrites only the shards and long-list files of the changed keys and keeps the others as last written (a
    /// preview rebuild); false, with nothing written, when the change moves keys between files (the shard count or a
    /// list's own file comes or goes), which only <see cref="Write"/> can lay out.
    /// </summary>
    /// <param name="layout">The layout last written, brought up to date when this succeeds.</param>
    /// <param name="postings">Every key's list, the changes already applied (an empty list: the key is gone).</param>
    /// <param name="before">Each changed key's value in its shard before the change; null for a new key.</param>
    internal static bool TryUpdate(ShardLayout layout, IReadOnlyDictionary<string, List<int>> postings, IReadOnlyDictionary<string, string?> before, SiteFiles files)
    {
        var after = new Dictionary<string, string?>(StringComparer.Ordinal);
        var longLists = new Dictionary<string, string>(StringComparer.Ordinal);
        var total = layout.TotalBytes;
        foreach (var (key, old) in before)
        {
            var encoded = postings.TryGetValue(key, out var list) && list.Count > 0 ? PostingCodec.Encode(list) : null;
            var ownFile = layout.OwnFiles.GetValueOrDefault(key);
            if ((ownFile is not null) != (encoded?.Length > OwnFileBytes))
            {
                return false;
            }

            var value = encoded is null ? null : ownFile is null ? encoded : Pointer(ownFile, encoded);
            if (ownFile is not null)
            {
                longLists[ownFile] = encoded!;
            }

            total += (value is null ? 0 : EntryBytes(key, value)) - (old is null ? 0 : EntryBytes(key, old));
            after[key] = value;
        }

        if (TermShards.CountFor(total) != layout.Count)
        {
            return false;
        }

        var changedShards = new HashSet<int>();
        foreach (var (key, value) in after)
        {
            var shard = TermShards.ShardOf(key, layout.Count);
            changedShards.Add(shard);
            var keys = layout.Keys[shard];
            var at = keys.BinarySearch(key, StringComparer.Ordinal);
            if (value is null && at >= 0)
            {
                keys.RemoveAt(at);
            }
            else if (value is not null && at < 0)
            {
                keys.Insert(~at, key);
            }
        }

        layout.TotalBytes = total;
        foreach (var (key, name) in layout.OwnFiles)
        {
            if (longLists.TryGetValue(name, out var encoded) || !files.Keep(PathOf(name)))
            {
                WriteOwnFile(files, name, key, encoded ?? PostingCodec.Encode(postings[key]));
            }
        }

        for (var shard = 0; shard < layout.Count; shard++)
        {
            if (changedShards.Contains(shard) || !files.Keep(PathOf(shard)))
            {
                WriteShard(files, shard, layout.Keys[shard], key => after.GetValueOrDefault(key) ?? ValueOf(layout, key, postings[key]));
            }
        }

        return true;
    }

    /// <summary>Key, value, quotes, colon and comma; the keys are mostly CJK, three bytes a character.</summary>
    private static long EntryBytes(string key, string value) => (key.Length * 3L) + value.Length + 6;

    private static string Pointer(string ownFile, string encoded) => $"{ElsewhereMark}{ownFile}:{encoded.Length}";

    private static void WriteOwnFile(SiteFiles files, string name, string key, string posting) =>
        files.Add(PathOf(name), SearchScript.Call("addShard", $"\"{name}\"", json =>
        {
            json.WriteStartObject();
            json.WriteString(key, posting);
            json.WriteEndObject();
        }));

    // Every shard is written, even an empty one, so that a missing file always means a damaged copy.
    private static void WriteShard(SiteFiles files, int shard, IEnumerable<string> keys, Func<string, string> valueOf) =>
        files.Add(PathOf(shard), SearchScript.Call("addShard", shard, json =>
        {
            json.WriteStartObject();
            foreach (var key in keys)
            {
                json.WriteString(key, valueOf(key));
            }

            json.WriteEndObject();
        }));
}

/// <summary>
/// Where the shards last written put each key: the shard count, the total the count came from, the keys given files of
/// their own, and each shard's keys in ordinal order (the order a full write gives them).
/// </summary>
public sealed class ShardLayout(int count, long totalBytes, IReadOnlyDictionary<string, string> ownFiles, List<string>[] keys)
{
    public int Count { get; } = count;

    public long TotalBytes { get; internal set; } = totalBytes;

    /// <summary>Key → the name of its own file (<c>k0</c>, <c>k1</c>, …).</summary>
    public IReadOnlyDictionary<string, string> OwnFiles { get; } = ownFiles;

    internal List<string>[] Keys { get; } = keys;
}
