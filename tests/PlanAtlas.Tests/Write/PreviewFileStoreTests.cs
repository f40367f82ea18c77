using System.IO.Hashing;
using System.Text;
using PlanAtlas.Write;

namespace PlanAtlas.Tests.Write;

/// <summary>
/// A preview build's store tells whether a file is new to the site last written: with as many files as that site, no
/// new one means the very same files, so the links of kept pages still lead somewhere (PageReuse.KeptLinksHold).
/// </summary>
public sealed class PreviewFileStoreTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("planatlas-store-");

    [Fact]
    public void Only_a_path_the_last_site_lacked_is_a_new_file_whatever_the_content()
    {
        var previous = new Dictionary<string, WrittenFile>
        {
            ["a.html"] = Written("a"),
            ["b.html"] = Written("b"),
        };
        var store = new PreviewFileStore(Path.Combine(_root.FullName, "output"), staging: null, previous);

        store.Put("a.html", "a"u8);
        store.Put("b.html", "changed"u8);
        Assert.False(store.HasNewFiles);
        Assert.Equal(["b.html"], store.Changed);

        store.Put("c.html", "c"u8);
        Assert.True(store.HasNewFiles);
    }

    [Fact]
    public void A_kept_file_is_not_new_and_a_file_the_last_site_lacked_cannot_be_kept()
    {
        var store = new PreviewFileStore(Path.Combine(_root.FullName, "output"), staging: null, new Dictionary<string, WrittenFile> { ["a.html"] = Written("a") });

        Assert.Equal(1, store.Keep("a.html"));
        Assert.Null(store.Keep("c.html"));
        Assert.False(store.HasNewFiles);
    }

    [Fact]
    public void The_files_are_the_same_as_the_last_site_only_when_every_one_is_there_and_none_is_new()
    {
        var previous = new Dictionary<string, WrittenFile> { ["a.html"] = Written("a"), ["b.html"] = Written("b") };
        bool SameAfter(Action<PreviewFileStore> build)
        {
            var store = new PreviewFileStore(Path.Combine(_root.FullName, "output"), staging: null, previous);
            store.Keep("a.html");
            build(store);
            return store.SameFilesAsPrevious;
        }

        Assert.True(SameAfter(store => store.Put("b.html", "changed"u8)));
        Assert.False(SameAfter(_ => { }));
        Assert.False(SameAfter(store => store.Put("c.html", "c"u8)));
        Assert.False(SameAfter(store =>
        {
            store.Put("b.html", "b"u8);
            store.Remove("b.html");
        }));
    }

    [Fact]
    public void A_first_build_streamed_to_staging_has_no_previous_files_to_be_the_same_as()
    {
        var staging = Directory.CreateDirectory(Path.Combine(_root.FullName, "staging")).FullName;
        var store = new PreviewFileStore(Path.Combine(_root.FullName, "output"), staging, previous: null);
        Assert.False(store.SameFilesAsPrevious);
    }

    public void Dispose() => _root.Delete(recursive: true);

    private static WrittenFile Written(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new WrittenFile(XxHash128.HashToUInt128(bytes), bytes.Length);
    }
}
