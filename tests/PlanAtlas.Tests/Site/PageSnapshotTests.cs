using PlanAtlas.Tests.Corpus;
using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Site;

/// <summary>
/// One snapshot per page kind of the real five-plan site. A template change shows up here as a readable,
/// line-by-line diff of pretty-printed HTML; accept it with PLANATLAS_ACCEPT=1 after reading it.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class PageSnapshotTests(CorpusFixture corpus)
{
    public static TheoryData<string> Plans => new() { "gansu", "quxian", "shanghai", "liangshan", "dazu" };

    /// <summary>A provision of each plan, chosen for what it shows: run-in titles, each note convention, a host agency.</summary>
    public static TheoryData<string, string> Provisions => new()
    {
        { "gansu", "part_2__sec_1__art_2" },
        { "quxian", "part_2__sec_5__art_19__para_57" },
        { "shanghai", "part_2__sec_4" },
        { "liangshan", "part_2__sec_4" },
        { "dazu", "part_4__sec_14" },
    };

    [Fact]
    public Task Home() => Snapshot.VerifyHtml(Page("index.html"));

    [Theory]
    [MemberData(nameof(Plans))]
    public Task Plan(string slug) => Snapshot.VerifyHtml(Page($"plans/{slug}/index.html"), slug);

    [Theory]
    [MemberData(nameof(Provisions))]
    public Task Provision(string slug, string id) => Snapshot.VerifyHtml(Page($"plans/{slug}/{id}/index.html"), slug);

    [Fact]
    public Task Agency_index() => Snapshot.VerifyHtml(Page("agencies/index.html"));

    [Fact]
    public Task Agency_quxian_justice() => Snapshot.VerifyHtml(Page("agencies/quxian-justice/index.html"));

    [Fact]
    public Task Agency_kind_justice() => Snapshot.VerifyHtml(Page("agencies/kinds/justice/index.html"));

    [Fact]
    public Task Compare_index() => Snapshot.VerifyHtml(Page("compare/index.html"));

    [Fact]
    public Task Compare_constitution() => Snapshot.VerifyHtml(Page("compare/constitution/index.html"));

    [Fact]
    public Task Compare_constitution_gansu_quxian() => Snapshot.VerifyHtml(Page("compare/constitution/gansu--quxian/index.html"));

    [Fact]
    public Task Search() => Snapshot.VerifyHtml(Page("search/index.html"));

    [Fact]
    public Task About() => Snapshot.VerifyHtml(Page("about/index.html"));

    [Fact]
    public Task NotFound() => Snapshot.VerifyHtml(Page("404.html"));

    [Fact]
    public Task Sitemap() => Snapshot.VerifyText(Page("sitemap.xml"), "xml");

    private string Page(string path)
    {
        Assert.True(corpus.Result.Succeeded, string.Join("\n", corpus.Result.Diagnostics));
        return File.ReadAllText(Path.Combine(corpus.Output, path));
    }
}
