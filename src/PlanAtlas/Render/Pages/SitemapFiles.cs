using PlanAtlas.Routing;
using System.Security;
using System.Text;

namespace PlanAtlas.Render.Pages;

/// <summary>sitemap.xml (absolute addresses from the base URL) and robots.txt, from the pages that were rendered.</summary>
public static class SitemapFiles
{
    public static string Sitemap(string baseUrl, IEnumerable<RenderedPage> pages)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in pages.Where(p => p.Indexable).OrderBy(p => p.RootPath.Value, StringComparer.Ordinal))
        {
            sb.Append("  <url><loc>").Append(SecurityElement.Escape(Routes.Absolute(baseUrl, page.RootPath))).Append("</loc></url>\n");
        }

        return sb.Append("</urlset>\n").ToString();
    }

    public static string Robots(string baseUrl) =>
        "User-agent: *\nAllow: /\n" + (string.IsNullOrWhiteSpace(baseUrl) ? string.Empty : $"Sitemap: {Routes.Absolute(baseUrl, SiteLink.Root("/sitemap.xml"))}\n");
}
