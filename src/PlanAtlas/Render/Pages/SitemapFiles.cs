using PlanAtlas.Routing;
using System.Security;
using System.Text;

namespace PlanAtlas.Render.Pages;

/// <summary>
/// sitemap.xml (absolute addresses from the base URL) and robots.txt, from the pages that were rendered. The
/// sitemap protocol allows 50,000 addresses per file: a larger site gets a sitemap index at sitemap.xml that lists
/// sitemap-1.xml, sitemap-2.xml, …, so that robots.txt and search consoles always read the same address.
/// </summary>
public static class SitemapFiles
{
    public const int MaxUrlsPerFile = 50_000;

    /// <summary>The sitemap files, path → content: one sitemap, or an index and its parts.</summary>
    public static IReadOnlyList<(string Path, string Content)> Sitemaps(string baseUrl, IEnumerable<WrittenPage> pages, int maxUrls = MaxUrlsPerFile)
    {
        var urls = pages.Where(p => p.Indexable).Select(p => p.RootPath.Value).Order(StringComparer.Ordinal)
            .Select(path => Routes.Absolute(baseUrl, SiteLink.Root(path))!).ToList();
        if (urls.Count <= maxUrls)
        {
            return [("sitemap.xml", UrlSet(urls))];
        }

        var parts = urls.Chunk(maxUrls).Select((chunk, i) => ($"sitemap-{i + 1}.xml", UrlSet(chunk))).ToList();
        var index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var (path, _) in parts)
        {
            index.Append("  <sitemap><loc>").Append(SecurityElement.Escape(Routes.Absolute(baseUrl, SiteLink.Root("/" + path)))).Append("</loc></sitemap>\n");
        }

        return [("sitemap.xml", index.Append("</sitemapindex>\n").ToString()), .. parts];
    }

    private static string UrlSet(IEnumerable<string> urls)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var url in urls)
        {
            sb.Append("  <url><loc>").Append(SecurityElement.Escape(url)).Append("</loc></url>\n");
        }

        return sb.Append("</urlset>\n").ToString();
    }

    /// <summary>Whether a file at the site's root is one of the sitemap files (sitemap.xml, sitemap-2.xml …).</summary>
    public static bool IsSitemap(string path) =>
        path == "sitemap.xml" || (path.StartsWith("sitemap-", StringComparison.Ordinal) && path.EndsWith(".xml", StringComparison.Ordinal) && !path.Contains('/'));

    public static string Robots(string baseUrl) =>
        "User-agent: *\nAllow: /\n" + (string.IsNullOrWhiteSpace(baseUrl) ? string.Empty : $"Sitemap: {Routes.Absolute(baseUrl, SiteLink.Root("/sitemap.xml"))}\n");
}
