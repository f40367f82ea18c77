using PlanAtlas.Write;

namespace PlanAtlas.PostProcess;

/// <summary>
/// Stage: runs the DOM passes over every HTML page of the site, each page parsed once, and records the finished
/// page's ids and links for the link check.
/// </summary>
/// <param name="links">Where each page's ids and links are recorded; nothing is recorded when null.</param>
/// <param name="cache">The pages of the previous build (preview); an unchanged page is not parsed again.</param>
public sealed class ProcessHtml(IReadOnlyList<IDomPass> passes, SiteLinks? links = null, ProcessedPages? cache = null)
{
    /// <summary>The passes every rendered page goes through: links made relative, headings given anchors.</summary>
    public static ProcessHtml ForSite(string baseUrl, SiteLinks? links = null, ProcessedPages? cache = null)
    {
        cache?.UseBaseUrl(baseUrl);
        return new([new RewriteLinks(baseUrl), new AddHeadingAnchors()], links, cache);
    }

    public void Run(SiteFiles files)
    {
        var pages = files.Paths.Where(SiteLinks.IsPage).ToList();
        Parallel.ForEach(pages, page =>
        {
            var rendered = files.GetText(page);
            if (cache?.Find(page, rendered) is { } hit)
            {
                links?.Set(page, hit.Links);
                files.Replace(page, hit.Processed);
                return;
            }

            var document = HtmlDocuments.Parse(rendered);
            foreach (var pass in passes)
            {
                pass.Apply(document, page);
            }

            var processed = HtmlDocuments.Serialize(document);
            var found = SiteLinks.Find(document);
            links?.Set(page, found);
            cache?.Remember(page, new ProcessedPage(rendered, processed, found));
            files.Replace(page, processed);
        });
    }
}
