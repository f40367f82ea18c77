using AngleSharp.Html.Parser;
using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Site;

/// <summary>
/// One snapshot per page kind of the hand-written fixture site (Site/Fixture/input): the home page whole, for the
/// chrome every page shares, and of every other kind its &lt;main&gt; element. A template change shows up here as a
/// readable, line-by-line diff of pretty-printed HTML; accept it with PLANATLAS_ACCEPT=1 after reading it.
/// </summary>
[Collection(FixtureSiteCollection.Name)]
public sealed class PageSnapshotTests(FixtureSite site)
{
    /// <summary>A page of each kind but home: the snapshot's name and the written file.</summary>
    public static TheoryData<string, string> Pages => new()
    {
        { "plan", "plans/jiaxian/index.html" },
        { "provision", "plans/jiaxian/part_1__art_1__para_1/index.html" },
        { "about", "about/index.html" },
        { "not_found", "404.html" },
        { "compare_index", "compare/index.html" },
        { "measure", "compare/constitution/index.html" },
        { "pair", "compare/constitution/yisheng--jiaxian/index.html" },
        { "above", "plans/jiaxian/above/constitution/index.html" },
        { "agency_index", "agencies/index.html" },
        { "agency", "agencies/jiaxian-justice/index.html" },
        { "agency_kind", "agencies/kinds/justice/index.html" },
        { "search", "search/index.html" },
    };

    [Fact]
    public Task Home() => Snapshot.VerifyHtml(site.Read("index.html"));

    [Theory]
    [MemberData(nameof(Pages))]
    public Task Main(string kind, string file)
    {
        var main = new HtmlParser().ParseDocument(site.Read(file)).QuerySelector("main");
        Assert.NotNull(main);
        return Snapshot.VerifyHtml(main.OuterHtml, kind);
    }

    [Fact]
    public Task Sitemap() => Snapshot.VerifyText(site.Read("sitemap.xml"), "xml");
}
