using PlanAtlas.Check;
using PlanAtlas.Render.Pages;
using PlanAtlas.Routing;
using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Rendering.Pages;

/// <summary>
/// 404.html is written relative to its own file (the site's root) and finds the root by a head script wherever a host
/// serves it; the browser tests (NotFoundBrowserTests) load it at depth, at the top level and from file://.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class NotFoundPageTests(CorpusFixture corpus)
{
    [Fact]
    public void The_404_page_links_relative_to_the_site_root_and_names_no_host_even_with_a_base_url()
    {
        // Given the corpus built with a base URL (https://plans.example.test/)
        var html = corpus.Read("404.html");
        var page = HtmlDocuments.Parse(html);

        // Then no link or address in it names a host: it loads nothing from elsewhere, wherever it is served
        Assert.DoesNotContain("plans.example.test", html, StringComparison.Ordinal);
        Assert.DoesNotContain("//", page.QuerySelectorAll("[href],[src],[action]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action")!));

        // And every link leads to a file of the site, read from the site's root
        foreach (var element in page.QuerySelectorAll("a[href]:not([href^='#']),link[href]"))
        {
            var file = RelativeLinks.Resolve("404.html", element.GetAttribute("href")!.Split('#')[0]);
            Assert.True(file is not null && File.Exists(Path.Combine(corpus.Output, Routes.FileFor("/" + file))), element.OuterHtml);
        }

        Assert.Equal("index.html", page.QuerySelectorAll("main a").Single(a => a.TextContent == "返回首页").GetAttribute("href"));
    }

    [Fact]
    public void The_root_script_runs_first_in_the_head_before_any_link_is_resolved_and_only_on_the_404_page()
    {
        var head = HtmlDocuments.Parse(corpus.Read("404.html")).Head!;
        var script = head.QuerySelector("script")!;
        Assert.Same(head.Children[1], script); // after <meta charset> only
        var position = head.Children.ToList().IndexOf(script);
        Assert.All(head.QuerySelectorAll("[href],[src]"), e => Assert.True(head.Children.ToList().IndexOf(e) > position, e.OuterHtml));
        Assert.Contains("var known = \"/\"", script.TextContent, StringComparison.Ordinal); // the base URL's path
        Assert.Contains("\"plans\"", script.TextContent, StringComparison.Ordinal);

        foreach (var file in new[] { "index.html", "about/index.html", "plans/gansu/index.html" })
        {
            Assert.Null(HtmlDocuments.Parse(corpus.Read(file)).Head!.QuerySelector("script:not([type])"));
        }
    }

    [Theory]
    [InlineData("https://plans.example.test/", "/")]
    [InlineData("https://plans.example.test", "/")]
    [InlineData("https://example.org/atlas", "/atlas/")]
    [InlineData("https://example.org/gov/atlas/", "/gov/atlas/")]
    [InlineData("", null)]
    public void The_root_path_is_the_base_urls_path(string baseUrl, string? expected) => Assert.Equal(expected, NotFoundPage.RootPath(baseUrl));

    [Fact]
    public void A_root_path_cannot_end_the_script()
    {
        var script = NotFoundPage.RootScript("/a</script><script>alert(1)</script>/").ToString();
        Assert.DoesNotContain("</script", script, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", script, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_top_level_folders_are_the_routes_first_segments()
    {
        Assert.Equal(["plans", "places", "compare", "agencies", "search", "about", "data", "assets"], Routes.TopFolders);
    }
}
