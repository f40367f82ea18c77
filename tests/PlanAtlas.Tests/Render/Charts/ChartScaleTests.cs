using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using PlanAtlas.Tests.Scale;

namespace PlanAtlas.Tests.Rendering.Charts;

/// <summary>On a generated corpus that splits by place: every page's heat map is bounded by its place, like its table.</summary>
[Collection(ScaleSiteCollection.Name)]
public sealed partial class ChartScaleTests(ScaleSiteFixture scale)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void A_heat_map_has_a_column_per_plan_or_place_its_page_shows_never_every_plan()
    {
        foreach (var node in scale.Paging.Pages)
        {
            var file = node.IsRoot ? "compare/index.html" : $"compare/in/{node.Key}/index.html";
            var page = Parser.ParseDocument(scale.Read(file));
            var columns = page.QuerySelectorAll("main svg .heat-columns text").Length;
            var tableColumns = page.QuerySelectorAll("table.compare-matrix thead th[scope=col]").Length - 2;
            var bound = node.Count <= scale.Paging.Limit ? node.Count : node.Plans.Count + node.Children.Count;

            Assert.Equal(tableColumns, columns);
            Assert.InRange(columns, 1, bound);
            Assert.Equal(columns * scale.Site.Topics.Count, page.QuerySelectorAll("main svg .heat-cells rect").Length);
        }

        Assert.True(scale.Paging.Tree.Root.Count > scale.Paging.Limit && scale.Paging.Pages.Count() > 1, "the corpus splits by place");
    }

    [Fact]
    public void On_a_page_split_by_place_the_columns_follow_the_places_and_a_place_column_shows_its_share()
    {
        var node = scale.Paging.Pages.First(n => scale.Paging.Entries(n).Any(e => e.Linked));
        var file = node.IsRoot ? "compare/index.html" : $"compare/in/{node.Key}/index.html";
        var page = Parser.ParseDocument(scale.Read(file));

        // The first measure's tooltips name the columns in order: the page's own plans, then each place in the tree's order
        var first = scale.Site.Topics[0].Marker;
        var expected = scale.Paging.Entries(node).SelectMany(e => e.Linked
            ? [e.Node.Name + first]
            : e.Plans.Select(p => p.Metadata.Short + first)).ToList();
        var shown = page.QuerySelectorAll("main svg .heat-cells rect").Take(expected.Count)
            .Select(r => r.QuerySelector("title")!.TextContent.Split('：')[0]).ToList();
        Assert.Equal(expected, shown);

        Assert.Contains(page.QuerySelectorAll("main svg .heat-cells title"), t => PlaceShare().IsMatch(t.TextContent));
        Assert.Contains(page.QuerySelectorAll("main svg .chart-legend-titles text"), t => t.TextContent.StartsWith("地区列", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"：\d+/\d+ 部方案$")]
    private static partial Regex PlaceShare();
}
