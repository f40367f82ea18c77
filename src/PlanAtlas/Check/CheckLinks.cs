using PlanAtlas.Diagnostics;
using PlanAtlas.Routing;

namespace PlanAtlas.Check;

/// <summary>
/// Checks a site: every <c>href</c>, <c>src</c> and <c>action</c> that stays inside the site must name a file that
/// exists, and every <c>#fragment</c> an element id of that file. A broken link is an error at the page and the
/// link's line in it.
/// </summary>
/// <param name="displayFolder">How messages name the site's folder (<c>output</c>).</param>
public sealed class CheckLinks(SiteLinks site, string displayFolder, DiagnosticBag diagnostics)
{
    /// <summary>Checks a written site, reading its pages from the folder.</summary>
    public CheckLinks(string folder, string displayFolder, DiagnosticBag diagnostics)
        : this(SiteLinks.Read(folder), displayFolder, diagnostics)
    {
    }

    public void Run()
    {
        foreach (var (page, links) in site.Pages)
        {
            foreach (var link in links.Links)
            {
                if (Problem(page, link.Value) is { } why)
                {
                    Report(page, link, why);
                }
            }
        }
    }

    /// <summary>What is wrong with a link of a page, or null when it resolves (or leads out of the site on purpose).</summary>
    private string? Problem(string page, string link)
    {
        if (IsExternal(link))
        {
            return null;
        }

        if (link.StartsWith('/'))
        {
            return "a root path breaks under a base path and from file://; write the link the view model gives (a SiteLink), which the renderer makes relative";
        }

        var hashAt = link.IndexOf('#');
        var path = Uri.UnescapeDataString(hashAt < 0 ? link : link[..hashAt]);
        var fragment = hashAt < 0 ? null : Uri.UnescapeDataString(link[(hashAt + 1)..]);
        var target = path.Length == 0 ? page : RelativeLinks.Resolve(page, path);
        if (target is null)
        {
            return "leaves the site";
        }

        if (path.EndsWith('/') || (path.Length > 0 && site.HasFolder(target)))
        {
            return "points at a folder; links must name a file (index.html) to work from file://";
        }

        if (!site.HasFile(target))
        {
            return "no such file";
        }

        return !string.IsNullOrEmpty(fragment) && SiteLinks.IsPage(target) && !site.IdsOf(target).Contains(fragment)
            ? $"no element with id '{fragment}' in {target}"
            : null;
    }

    private static bool IsExternal(string link) =>
        link.Contains("://", StringComparison.Ordinal) || link.StartsWith("//", StringComparison.Ordinal)
        || link.StartsWith("mailto:", StringComparison.Ordinal) || link.StartsWith("data:", StringComparison.Ordinal)
        || link.StartsWith("javascript:", StringComparison.Ordinal);

    private void Report(string page, PageLink link, string why)
    {
        var (line, column) = Locate(site.ReadPage(page), link);
        var at = new SourceLocation(displayFolder.TrimEnd('/') + "/" + page, line, column);
        diagnostics.Error(DiagnosticCodes.BrokenLink, at, $"broken link '{link.Value}': {why}");
    }

    /// <summary>Where the link's attribute stands in the page as written (only looked up for a broken link).</summary>
    private static (int Line, int Column) Locate(string html, PageLink link)
    {
        var at = html.IndexOf($"{link.Attribute}=\"{link.Value.Replace("&", "&amp;", StringComparison.Ordinal)}\"", StringComparison.Ordinal);
        if (at < 0)
        {
            return (1, 1);
        }

        var lineStart = html.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var line = 1 + html.AsSpan(0, lineStart).Count('\n');
        return (line, at - lineStart + 1);
    }
}
