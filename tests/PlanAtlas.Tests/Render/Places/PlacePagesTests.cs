using AngleSharp.Html.Parser;
using PlanAtlas.Tests.Infrastructure;

// Not PlanAtlas.Tests.Render: that namespace would hide PlanAtlas.Render.
namespace PlanAtlas.Tests.Rendering.Places;

/// <summary>What the real corpus's pages say of where each plan sits among China's places (GB/T 2260).</summary>
[Collection(CorpusCollection.Name)]
public sealed class PlacePagesTests(CorpusFixture corpus)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void A_plan_page_shows_its_places_and_says_which_plans_above_are_not_in_the_corpus()
    {
        var page = Parser.ParseDocument(corpus.Read("plans/quxian/index.html"));

        var chain = page.QuerySelector(".plan-header .place-chain")!;
        Assert.Equal(["四川省", "达州市", "渠县 511725"], chain.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
        Assert.Empty(chain.QuerySelectorAll("a")); // neither place above has its plan here: nothing to link
        Assert.Equal("（四川省、达州市的实施方案未收录）", page.QuerySelector(".places-line .place-missing")!.TextContent);

        var provision = Parser.ParseDocument(corpus.Read("plans/quxian/part_2__sec_5__art_19__para_57/index.html"));
        Assert.Equal("渠县", provision.QuerySelector(".place-chain [aria-current=location]")!.TextContent);
    }

    [Fact]
    public void The_home_page_groups_plans_by_province_then_prefecture_then_county()
    {
        var home = Parser.ParseDocument(corpus.Read("index.html"));

        var sichuan = home.QuerySelector("section#place-510000, section[aria-labelledby=place-510000]")!;
        Assert.Equal("四川省的实施方案未收录", sichuan.QuerySelector(":scope > .place-missing")!.TextContent);
        var dazhou = sichuan.QuerySelector("section[aria-labelledby=place-511700]")!;
        Assert.Equal("达州市的实施方案未收录", dazhou.QuerySelector(":scope > .place-missing")!.TextContent);
        Assert.Contains("渠县法治社会建设实施方案", dazhou.QuerySelector("section[aria-labelledby=place-511725] .plan-card-title")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(sichuan.QuerySelector(":scope > section[aria-labelledby=place-513400] .plan-card"));

        // Every plan appears once, and a province with its own plan shows no "missing" note
        Assert.Equal(corpus.Site.Plans.Count, home.QuerySelectorAll(".places .plan-card").Length);
        Assert.Null(home.QuerySelector("section[aria-labelledby=place-620000] > .place-missing"));
        Assert.Equal(["310000", "500000", "510000", "620000"],
            home.QuerySelectorAll(".places > section").Select(s => s.GetAttribute("aria-labelledby")!["place-".Length..]));
    }

    [Fact]
    public void Each_plan_has_one_page_per_measure_it_has_beside_the_plan_above_or_the_outline()
    {
        // The count is linear: one page per plan and measure it has, never per pair of plans
        var expected = corpus.Site.Plans.Sum(plan =>
            plan.Provisions.Select(p => corpus.Site.PlacementOf(p)?.Topic).OfType<Model.Topic>().Distinct().Count());
        var pages = Directory.GetFiles(Path.Combine(corpus.Output, "plans"), "index.html", SearchOption.AllDirectories)
            .Count(f => f.Contains($"{Path.DirectorySeparatorChar}above{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        Assert.Equal(expected, pages);

        // No plan of the corpus has its plan above here: the outline's measure stands beside, and the gap is said
        var page = Parser.ParseDocument(corpus.Read("plans/quxian/above/constitution/index.html"));
        Assert.Equal("四川省、达州市的实施方案未收录。", page.QuerySelector(".compare-header .place-missing")!.TextContent);
        Assert.Contains("（四）维护宪法权威", page.QuerySelector(".compare-outline")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll(".compare-column-title a"));

        // And each provision's "same measure" block leads there
        var provision = Parser.ParseDocument(corpus.Read("plans/quxian/index.html"));
        Assert.Contains(provision.QuerySelectorAll("a.above-link"), a => a.GetAttribute("href") == "above/constitution/index.html");
    }
}
