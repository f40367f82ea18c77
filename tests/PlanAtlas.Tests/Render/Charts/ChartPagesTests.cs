using AngleSharp.Html.Parser;
using PlanAtlas.Model.Agencies;
using PlanAtlas.Render.Charts;
using PlanAtlas.Render.Pages;
using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Rendering.Charts;

/// <summary>The charts of the real corpus: their numbers are the placements', and the SVG is labelled and linked to its styles.</summary>
[Collection(CorpusCollection.Name)]
public sealed class ChartPagesTests(CorpusFixture site)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void The_heat_maps_cells_count_each_plans_provisions_placed_under_each_measure()
    {
        var view = new CompareIndexPage(site.RenderContext, site.Compare).Model(site.Site);
        var map = view.HeatMap;
        var plans = site.Compare.Data(site.Site).Places.PlansOn(site.Compare.Data(site.Site).Places.Tree.Root);

        var expected = site.Site.Topics.SelectMany(topic => plans.Select(plan =>
            plan.Provisions.Count(d => site.Site.PlacementOf(d)?.Topic == topic))).ToList();

        Assert.Equal(plans.Count, map.Columns.Count);
        Assert.Equal(expected, map.Cells.Select(c => c.Value));
        Assert.Equal(view.Parts.SelectMany(p => p.Rows).SelectMany(r => r.Cells).Select(c => c.Count), map.Cells.Select(c => c.Value));
        Assert.Contains(map.Cells, c => c.Level == 0);
        Assert.Contains(map.Cells, c => c.Level >= 3);
    }

    [Fact]
    public void The_agency_kind_chart_counts_the_kinds_leads_and_joins_under_each_measure()
    {
        var kind = site.Index.Kinds.Single(k => k.Id == "justice");
        var chart = new AgencyKindPages(site.RenderContext, site.Index).Model(site.Site, kind).Chart!;
        var assignments = site.Index.OfKind(kind).SelectMany(a => a.Assignments).ToList();

        var expected = site.Site.Topics
            .Select(t => (Topic: t, Items: assignments.Where(a => site.Site.PlacementOf(a.Provision)?.Topic == t).ToList()))
            .Where(x => x.Items.Count > 0)
            .Select(x => (x.Topic.Marker + x.Topic.Title, x.Items.Count(a => a.Role == AgencyRole.Lead), x.Items.Count(a => a.Role == AgencyRole.Participant)))
            .ToList();

        Assert.Equal(expected, chart.Data.Select(r => (r.FullName, r.Lead, r.Join)));
        Assert.All(chart.Data, r => Assert.True(r.Lead + r.Join > 0));
        Assert.Equal(chart.Data.Count * 2, chart.Bars.Count);
    }

    [Theory]
    [InlineData("compare/index.html", "coverage-map", 28 * 5)]
    [InlineData("agencies/kinds/justice/index.html", "role-chart", 0)]
    public void The_svg_is_an_image_named_by_its_title_and_description_with_its_stylesheet_linked(string file, string id, int cells)
    {
        var page = Parser.ParseDocument(site.Read(file));
        var svg = page.QuerySelector("main svg")!;

        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal($"{id}-title", svg.GetAttribute("aria-labelledby"));
        Assert.Equal($"{id}-desc", svg.GetAttribute("aria-describedby"));
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(id + "-title")?.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(id + "-desc")?.TextContent));
        Assert.Matches(@"^0 0 \d+ \d+$", svg.GetAttribute("viewBox"));
        Assert.All(svg.QuerySelectorAll("rect"), r => Assert.Matches("^(heat|bar)-", r.GetAttribute("class")));
        if (cells > 0)
        {
            Assert.Equal(cells, svg.QuerySelectorAll(".heat-cells rect").Length);
            Assert.All(svg.QuerySelectorAll(".heat-cells rect"), r => Assert.NotEmpty(r.QuerySelector("title")!.TextContent));
        }

        Assert.Contains(page.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href")!.EndsWith("assets/css/charts.css", StringComparison.Ordinal));
    }

    [Fact]
    public void Pages_without_a_chart_do_not_load_its_stylesheet()
    {
        var page = Parser.ParseDocument(site.Read("compare/constitution/index.html"));

        Assert.DoesNotContain(page.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href")!.Contains("charts.css", StringComparison.Ordinal));
        Assert.Null(page.QuerySelector("svg[role=img]"));
    }

    [Fact]
    public void The_kind_charts_numbers_are_also_in_a_table()
    {
        var page = Parser.ParseDocument(site.Read("agencies/kinds/justice/index.html"));
        var chart = page.QuerySelector(".agency-chart")!;
        var bars = chart.QuerySelectorAll(".bar-values text").Select(t => t.TextContent).ToList();
        var table = chart.QuerySelectorAll("details table tbody tr")
            .SelectMany(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent)).ToList();

        Assert.NotEmpty(bars);
        Assert.Equal(bars, table);
        Assert.Equal("查看数据表", chart.QuerySelector("details summary")!.TextContent);
    }
}
