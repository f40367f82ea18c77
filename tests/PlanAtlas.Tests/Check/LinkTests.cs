using AngleSharp.Html.Parser;
using PlanAtlas.Diagnostics;
using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Check;

/// <summary>Every link of the written site is relative and points at a file, so the site works from file:// and under any path.</summary>
[Collection(CorpusCollection.Name)]
public sealed class LinkTests(CorpusFixture corpus)
{
    [Fact]
    public void The_real_site_has_no_broken_links_and_every_internal_link_is_relative_to_a_file()
    {
        Assert.True(corpus.Result.Succeeded, string.Join("\n", corpus.Result.Diagnostics));
        Assert.DoesNotContain(corpus.Result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);

        var parser = new HtmlParser();
        foreach (var page in Directory.GetFiles(corpus.Output, "*.html", SearchOption.AllDirectories).Where(p => !p.EndsWith("404.html", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var link = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (element.LocalName == "link" && element.GetAttribute("rel") == "canonical")
                {
                    continue; // the public address, by design absolute
                }

                Assert.False(link.StartsWith('/'), $"{page}: root-relative link '{link}' would break under a base path and from file://");
                Assert.DoesNotContain("://", link);
                var path = link.Split('#')[0];
                Assert.True(path.Length == 0 || !path.EndsWith('/'), $"{page}: folder link '{link}' does not open from file://");
            }
        }
    }

    [Fact]
    public void Every_provision_has_its_anchor_on_the_plan_page_and_a_page_of_its_own()
    {
        var parser = new HtmlParser();
        foreach (var plan in corpus.Result.Site!.Plans)
        {
            var planPage = parser.ParseDocument(File.ReadAllText(Path.Combine(corpus.Output, "plans", plan.Slug, "index.html")));
            foreach (var provision in plan.Provisions)
            {
                Assert.NotNull(planPage.GetElementById(provision.Id));
                Assert.True(File.Exists(Path.Combine(corpus.Output, "plans", plan.Slug, provision.Id, "index.html")), $"{plan.Slug}/{provision.Id} has no page");
            }
        }
    }

    [Fact]
    public void A_broken_link_fails_the_build_with_the_page_and_the_link()
    {
        // Given a site whose about page (overridden under input/layouts) links to a page and a fragment that do not
        // exist, and writes a root path that would break under a base path and from file://
        using var site = new TempSite();
        site.WritePlan("a.md", SitePlans.Minimal);
        site.WriteInput("layouts/about.sbn-html",
            "<h1>关于</h1>\n<p><a href=\"../nowhere/index.html\">坏链接</a> <a href=\"../plans/a/index.html#missing\">坏锚点</a>\n<img src=\"/assets/logo.png\" alt=\"\"></p>\n");

        // When it is built
        var result = site.Build();

        // Then both links are reported at their place in the written page, and nothing is written
        Assert.False(result.Succeeded);
        var broken = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.BrokenLink).ToList();
        Assert.Equal(3, broken.Count);
        Assert.All(broken, d => Assert.Equal("output/about/index.html", d.Location.Path));
        Assert.Contains(broken, d => d.Message.Contains("'../nowhere/index.html'", StringComparison.Ordinal) && d.Message.Contains("no such file", StringComparison.Ordinal));
        Assert.Contains(broken, d => d.Message.Contains("no element with id 'missing'", StringComparison.Ordinal));
        Assert.Contains(broken, d => d.Message.Contains("'/assets/logo.png': a root path", StringComparison.Ordinal));
        Assert.All(broken, d => Assert.True(d.Location.Line > 1));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_theme_file_under_input_overrides_the_theme()
    {
        using var site = new TempSite();
        site.WritePlan("a.md", SitePlans.Minimal);
        site.WriteInput("layouts/about.sbn-html", "<h1>本地的关于页</h1>\n");

        Assert.True(site.Build().Succeeded);

        Assert.Contains("<h1>本地的关于页</h1>", File.ReadAllText(Path.Combine(site.Output, "about", "index.html")));
    }
}
