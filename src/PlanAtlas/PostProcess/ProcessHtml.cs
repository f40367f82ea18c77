using PlanAtlas.Write;

namespace PlanAtlas.PostProcess;

/// <summary>Stage: runs the DOM passes over every HTML page of the site, each page parsed once.</summary>
public sealed class ProcessHtml(IReadOnlyList<IDomPass> passes)
{
    public void Run(SiteFiles files)
    {
        var pages = files.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Parallel.ForEach(pages, page =>
        {
            var document = HtmlDocuments.Parse(files.GetText(page));
            foreach (var pass in passes)
            {
                pass.Apply(document, page);
            }

            files.Replace(page, HtmlDocuments.Serialize(document));
        });
    }
}
