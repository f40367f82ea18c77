namespace PlanAtlas.Routing;

/// <summary>
/// Writes the links of one page as they go into its HTML: relative to the page's file, or absolute for a page that a
/// host serves at any address (404.html).
/// </summary>
public sealed class LinkWriter(string pageFile, string? absoluteBase = null)
{
    public string Write(SiteLink link) =>
        link.IsFragmentOnly ? link.Value
        : absoluteBase is not null ? absoluteBase.TrimEnd('/') + link.Value
        : RelativeLinks.From(pageFile, link);

    /// <summary>The way from this page to the site's root (<c>../../</c>), for scripts that build links.</summary>
    public string Root => absoluteBase is not null ? absoluteBase.TrimEnd('/') + "/" : RelativeLinks.ToRoot(pageFile);
}
