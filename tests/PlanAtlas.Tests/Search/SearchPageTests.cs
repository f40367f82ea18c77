using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PlanAtlas.Configuration;
using PlanAtlas.Model;
using PlanAtlas.Check;
using PlanAtlas.Routing;
using PlanAtlas.Render;
using PlanAtlas.Render.Pages;
using PlanAtlas.Tests.Infrastructure;
using PlanAtlas.Write;

namespace PlanAtlas.Tests.Search;

/// <summary>The search page as the build writes it: a GET form, filters from the site model, scripts only here, a no-JS fallback.</summary>
public sealed class SearchPageTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    private static readonly Topic Constitution = new("constitution", 4, "二、推动全社会增强法治观念", "维护宪法权威", ["宪法"]);
    private static readonly Topic Objectives = new("objectives", 3, "一、总体要求", "总体目标", ["目标"]);
    private static readonly Topic Leadership = new("leadership", 25, "七、加强组织保障", "强化组织领导", ["领导"]);

    [Fact]
    public void The_form_sends_q_by_get_to_the_page_itself_from_a_labelled_search_box()
    {
        var page = Render(SearchTestCorpus.Site);

        var form = Assert.IsAssignableFrom<IHtmlFormElement>(page.QuerySelector("form[data-search-form]"));
        Assert.Equal("get", form.Method, ignoreCase: true);
        Assert.False(form.HasAttribute("action"), "without an action the form submits to the page itself, from any host or file://");
        var input = Assert.IsAssignableFrom<IHtmlInputElement>(form.QuerySelector("input[name=q]"));
        Assert.Equal("search", input.Type);
        Assert.Equal("查找词语", page.QuerySelector($"label[for={input.Id}]")!.TextContent);
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
        Assert.Equal("status", page.QuerySelector("[data-search-status]")!.GetAttribute("role"));
    }

    [Fact]
    public void There_is_no_plan_list_no_province_filter_without_places_and_no_measure_filter_without_topics()
    {
        // A site of thousands of plans must not put one option per plan on the page: plans are named in the query.
        var page = Render(SearchTestCorpus.Site);

        Assert.Null(page.QuerySelector("select#search-plan"));
        Assert.Null(page.QuerySelector("select#search-province"));
        Assert.Null(page.QuerySelector("select#search-topic"));
        Assert.Contains("大足区 法律援助", page.QuerySelector("#search-help")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_province_filter_lists_the_province_level_places_of_the_plans_by_code()
    {
        var site = corpus.Site;

        var page = Render(site);

        var options = page.QuerySelectorAll("select#search-province option").Select(o => (o.GetAttribute("value"), o.TextContent)).ToList();
        Assert.Equal(
            [("", "全部地区"), ("310000", "上海市"), ("500000", "重庆市"), ("510000", "四川省"), ("620000", "甘肃省")],
            options);
        Assert.Equal("地区", page.QuerySelector("label[for=search-province]")!.TextContent);
    }

    [Fact]
    public void The_measure_filter_lists_the_measures_provisions_are_placed_under_in_outline_order()
    {
        // Given topics of which two have provisions (placed in reverse outline order) and one has none
        var real = SearchTestCorpus.Site;
        var gansu = real.FindPlan("gansu")!;
        var site = new SiteModel
        {
            Plans = real.Plans,
            Topics = [Objectives, Constitution, Leadership],
            Placements = new Dictionary<Division, TopicPlacement>
            {
                [gansu.Provisions[^1]] = new(Leadership, 0.5, PlacementSource.Aligned),
                [gansu.FindDivision("part_2__sec_1__art_2")!] = new(Constitution, 0.9, PlacementSource.Aligned),
            },
        };

        var page = Render(site);

        var options = page.QuerySelectorAll("select#search-topic option").Select(o => (o.GetAttribute("value"), o.TextContent)).ToList();
        Assert.Equal([("", "全部措施"), ("constitution", "（四）维护宪法权威"), ("leadership", "（二十五）强化组织领导")], options);
        Assert.Equal("纲要措施", page.QuerySelector("label[for=search-topic]")!.TextContent);
    }

    [Fact]
    public void The_tokenizer_the_engine_the_index_meta_and_the_page_script_load_in_order_as_relative_files()
    {
        var page = Render(SearchTestCorpus.Site);

        // The shards and chunks are not on the page: the engine adds them when a query needs them.
        Assert.Equal(
            ["../assets/js/search-tokenizer.js", "../assets/js/search-engine.js", "../assets/search/meta.js", "../assets/js/search.js"],
            page.Scripts.Select(s => s.Source!));
        Assert.Equal("../", page.DocumentElement.GetAttribute("data-root"));
        Assert.Contains(page.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href") == "../assets/css/search.css");
    }

    [Fact]
    public void Without_javascript_the_page_says_so_and_links_the_plans_by_place()
    {
        var page = Render(SearchTestCorpus.Site);

        var fallback = page.QuerySelector("[data-search-nojs]")!;
        Assert.False(fallback.HasAttribute("hidden"));
        Assert.Contains("JavaScript", fallback.TextContent, StringComparison.Ordinal);
        // One link to the home page's list of plans by place, not one per plan: the page stays small at any scale.
        Assert.Equal(["../index.html"], fallback.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!));
        Assert.True(page.QuerySelector("form[data-search-form]")!.HasAttribute("hidden"), "the form stays hidden until search.js runs");
    }

    /// <summary>The page as written: rendering finishes it, links included.</summary>
    private static string RenderHtml(SiteModel site)
    {
        var settings = TestSettings.Default();
        var context = new RenderPages(settings, new DateOnly(2026, 1, 15)).CreateContext();
        var page = Assert.Single(new SearchPage(context).Render(site));
        Assert.Equal("search/index.html", page.File);
        return page.Html;
    }

    private static IHtmlDocument Render(SiteModel site) => new HtmlParser().ParseDocument(RenderHtml(site));
}
