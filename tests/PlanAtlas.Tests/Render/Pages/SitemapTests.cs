using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Rendering.Pages;

[Collection(CorpusCollection.Name)]
public sealed class SitemapTests(CorpusFixture corpus)
{
    [Fact]
    public void The_sitemap_lists_every_page_but_404_with_absolute_addresses_and_robots_points_at_it()
    {
        var sitemap = File.ReadAllText(Path.Combine(corpus.Output, "sitemap.xml"));
        var urls = System.Text.RegularExpressions.Regex.Matches(sitemap, "<loc>(.*?)</loc>").Select(m => m.Groups[1].Value).ToList();
        var pages = Directory.GetFiles(corpus.Output, "*.html", SearchOption.AllDirectories).Count(p => !p.EndsWith("404.html", StringComparison.Ordinal));

        Assert.Equal(pages, urls.Count);
        Assert.All(urls, u => Assert.StartsWith("https://plans.example.test/", u));
        Assert.Contains("https://plans.example.test/plans/quxian/part_2__sec_5__art_19__para_57/", urls);
        Assert.Contains("Sitemap: https://plans.example.test/sitemap.xml", File.ReadAllText(Path.Combine(corpus.Output, "robots.txt")));
    }
}

public sealed class SitemapSplitTests
{
    private static readonly PlanAtlas.Render.WrittenPage[] Pages = Enumerable.Range(1, 7)
        .Select(i => new PlanAtlas.Render.WrittenPage($"p{i}/index.html", PlanAtlas.Routing.SiteLink.Root($"/p{i}/"), Indexable: i != 4))
        .ToArray();

    [Fact]
    public void A_site_over_the_limit_gets_a_sitemap_index_whose_parts_hold_every_page_once_within_the_limit()
    {
        var files = PlanAtlas.Render.Pages.SitemapFiles.Sitemaps("https://x.test/", Pages, maxUrls: 2);

        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"], files.Select(f => f.Path));
        var index = files[0].Content;
        Assert.Contains("<sitemapindex", index);
        Assert.Equal(["https://x.test/sitemap-1.xml", "https://x.test/sitemap-2.xml", "https://x.test/sitemap-3.xml"], Locs(index));
        var parts = files.Skip(1).Select(f => Locs(f.Content)).ToList();
        Assert.All(parts, p => Assert.InRange(p.Count, 1, 2));
        Assert.Equal(["https://x.test/p1/", "https://x.test/p2/", "https://x.test/p3/", "https://x.test/p5/", "https://x.test/p6/", "https://x.test/p7/"], parts.SelectMany(p => p));

        // A preview rebuild that keeps the last sitemaps finds every one of them, and no other file, by its name
        Assert.All(files, f => Assert.True(PlanAtlas.Render.Pages.SitemapFiles.IsSitemap(f.Path), f.Path));
        Assert.All(["robots.txt", "sitemap.xml.gz", "plans/sitemap-1.xml", "sitemap-1.json", "data/sitemap.xml"],
            path => Assert.False(PlanAtlas.Render.Pages.SitemapFiles.IsSitemap(path), path));
    }

    [Fact]
    public void A_site_within_the_limit_keeps_one_sitemap()
    {
        var files = PlanAtlas.Render.Pages.SitemapFiles.Sitemaps("https://x.test/", Pages, maxUrls: 6);

        Assert.Equal("sitemap.xml", Assert.Single(files).Path);
        Assert.Equal(6, Locs(files[0].Content).Count);
    }

    private static List<string> Locs(string xml) =>
        System.Text.RegularExpressions.Regex.Matches(xml, "<loc>(.*?)</loc>").Select(m => m.Groups[1].Value).ToList();
}
