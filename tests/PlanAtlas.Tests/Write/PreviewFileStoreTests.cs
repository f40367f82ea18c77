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

    public void Dispose() => _root.Delete(recursive: true);

    private static WrittenFile Written(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new WrittenFile(XxHash128.HashToUInt128(bytes), bytes.Length);
    }
}
