using PlanAtlas.Model;
using PlanAtlas.Search;
using PlanAtlas.Write;

namespace PlanAtlas.Tests.Search;

/// <summary>
/// A preview rebuild of the search index from the last one written (<see cref="SearchIndexCache"/>): whatever the edit,
/// the files are byte for byte those of a full build, and after a text edit most of them are kept, not written.
/// </summary>
public sealed class IncrementalSearchIndexTests
{
    // Large enough that common bigrams have files of their own (the long lists an edit must patch too).
    private const int Plans = 200;

    [Fact]
    public void Text_edits_rewrite_only_the_files_they_change_and_give_the_bytes_of_a_full_build()
    {
        // Given the index of a corpus, written
        var cache = new SearchIndexCache();
        var last = Index(SearchTestCorpus.Synthetic(Plans), cache).Files;
        cache.Written();

        // When plans are edited (a word replaced everywhere in one, a word never seen before added to another, a
        // common word taken out of a third) and the index is rebuilt from the last one
        var edited = SearchTestCorpus.Synthetic(Plans, (i, text) => i switch
        {
            3 => text.Replace("宪法", "宪章", StringComparison.Ordinal),
            7 => text.Replace("普法责任制", "普法责任制与量子纠缠", StringComparison.Ordinal),
            100 => text.Replace("法治", "治", StringComparison.Ordinal),
            _ => text,
        });
        var rebuilt = Index(edited, cache, last);

        // Then it has exactly the files and bytes of a full build, the long lists among them, and kept most of them
        var full = Index(edited).Files;
        AssertSame(full, rebuilt.Files);
        Assert.Contains(full.Paths, p => p.StartsWith("assets/search/terms/k", StringComparison.Ordinal));
        Assert.InRange(rebuilt.Kept.Count, full.Count * 9 / 10, full.Count);
        Assert.Contains(ChunkWriter.PathOf(0), rebuilt.Kept);
    }

    [Fact]
    public void A_build_that_was_not_written_and_a_renumbering_edit_start_afresh_and_still_give_the_bytes_of_a_full_build()
    {
        // Given an index written, then a rebuild after an edit that is never written (a later stage failed)
        var cache = new SearchIndexCache();
        var last = Index(SearchTestCorpus.Synthetic(Plans), cache).Files;
        cache.Written();
        Index(SearchTestCorpus.Synthetic(Plans, (i, text) => i == 5 ? text.Replace("宪法", "宪章", StringComparison.Ordinal) : text), cache, last);

        // When another edit follows, then one that adds a provision (every later document is numbered anew)
        var other = SearchTestCorpus.Synthetic(Plans, (i, text) => i == 9 ? text.Replace("法律援助", "援助", StringComparison.Ordinal) : text);
        var afterFailure = Index(other, cache, last);
        cache.Written();
        var added = SearchTestCorpus.Synthetic(Plans, (i, text) => i == 9 ? text.Replace("法律援助", "援助", StringComparison.Ordinal)
            .Replace("(三十)加强理论研究", "(三十)新增一条措施。\n\n(三十一)加强理论研究", StringComparison.Ordinal) : text);
        var renumbered = Index(added, cache, afterFailure.Files);

        // Then each is built afresh (nothing kept) and equals a full build of its input
        Assert.Empty(afterFailure.Kept);
        AssertSame(Index(other).Files, afterFailure.Files);
        Assert.NotEqual(SearchCorpus.Of(other).Documents.Count, SearchCorpus.Of(added).Documents.Count);
        Assert.Empty(renumbered.Kept);
        AssertSame(Index(added).Files, renumbered.Files);
    }

    /// <summary>Builds the index (from the last one when given a cache) into a store that can keep <paramref name="last"/>'s files.</summary>
    private static (SiteFiles Files, IReadOnlyCollection<string> Kept) Index(SiteModel site, SearchIndexCache? cache = null, SiteFiles? last = null)
    {
        var store = new KeepingStore(last);
        var files = new SiteFiles(store);
        new BuildSearchIndex().Run(site, files, cache);
        return (files, store.Kept);
    }

    private static void AssertSame(SiteFiles expected, SiteFiles actual)
    {
        Assert.Equal(expected.Paths, actual.Paths);
        Assert.All(expected.Paths, p => Assert.True(expected.Get(p).AsSpan().SequenceEqual(actual.Get(p)), p));
    }

    /// <summary>A store that, like preview's, can keep a file of the last build (here: copies its bytes) and says which it kept.</summary>
    private sealed class KeepingStore(SiteFiles? last) : IFileStore
    {
        private readonly MemoryFileStore _files = new();
        private readonly List<string> _kept = [];

        public IReadOnlyCollection<string> Kept => _kept;

        public void Put(string path, ReadOnlySpan<byte> content) => _files.Put(path, content);

        public byte[] Read(string path) => _files.Read(path);

        public void Remove(string path) => _files.Remove(path);

        public long? Keep(string path)
        {
            if (last is null || !last.Contains(path))
            {
                return null;
            }

            var bytes = last.Get(path);
            _files.Put(path, bytes);
            _kept.Add(path);
            return bytes.Length;
        }
    }
}
