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
