using AngleSharp.Html.Parser;
using PlanAtlas.Diagnostics;

namespace PlanAtlas.Tests.Rendering.Pages;

/// <summary>Links to renumbered provisions keep working through the aliases in a plan's front matter.</summary>
public sealed class AliasTests
{
    [Fact]
    public void An_old_provision_page_redirects_and_the_plan_page_knows_the_old_anchor()
    {
        // Given a plan that renumbered its old （9） as （1）
        using var site = new TempSite();
        site.WritePlan("a.md", SitePlans.Minimal.Replace("level: county", "level: county\naliases: { part_1__art_1__para_9: part_1__art_1__para_1 }"));

        // When it is built
        var result = site.Build();

        // Then the old address holds a page that sends the reader to the new one
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var parser = new HtmlParser();
        var redirect = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "plans", "a", "part_1__art_1__para_9", "index.html")));
        Assert.Equal("0; url=../part_1__art_1__para_1/index.html", redirect.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("../part_1__art_1__para_1/index.html", redirect.QuerySelector("main a")!.GetAttribute("href"));
        Assert.NotNull(redirect.QuerySelector("meta[name=robots][content=noindex]"));

        // And the plan page carries the alias for its script to follow an old #anchor
        var plan = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "plans", "a", "index.html")));
        Assert.Equal("{\"part_1__art_1__para_9\":\"part_1__art_1__para_1\"}", plan.QuerySelector("[data-aliases]")!.GetAttribute("data-aliases"));

        // And the redirect is not in the sitemap
        Assert.DoesNotContain("part_1__art_1__para_9", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")));
    }

    [Fact]
    public void An_alias_to_a_provision_that_does_not_exist_is_an_error()
    {
        using var site = new TempSite();
        site.WritePlan("a.md", SitePlans.Minimal.Replace("level: county", "level: county\naliases: { old: part_9 }"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownAlias && d.Message.Contains("part_9", StringComparison.Ordinal));
    }
}
