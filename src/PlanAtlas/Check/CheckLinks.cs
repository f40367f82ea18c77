using PlanAtlas.Diagnostics;

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

    /// <summary>
    /// Each broken target is reported once, at the first page (in path order) that leads there: one mistake in a
    /// template would otherwise be thousands of messages.
    /// </summary>
    public void Run()
    {
        foreach (var (use, why) in site.Wrong)
        {
            Report(use, why);
        }

        var broken = site.Targets
            .Select(t => (t.Target, t.Page, Why: Problem(t.Target)))
            .Where(t => t.Why is not null)
            .Select(t => (Use: site.UseOf(t.Target, t.Page), t.Why))
            .OrderBy(t => t.Use.Page, StringComparer.Ordinal).ThenBy(t => t.Use.Link.Value, StringComparer.Ordinal);
        foreach (var (use, why) in broken)
        {
            Report(use, why!);
        }
    }

    /// <summary>What is wrong with where a link leads, or null when the file (and its element) exists.</summary>
    private string? Problem(LinkTarget target)
    {
        if (target.WrittenAsFolder || site.HasFolder(target.File))
        {
            return "points at a folder; links must name a file (index.html) to work from file://";
        }

        if (!site.HasFile(target.File))
        {
            return "no such file";
        }

        return target.Fragment is { } fragment && SiteLinks.IsPage(target.File) && !site.HasId(target.File, fragment)
            ? $"no element with id '{fragment}' in {target.File}"
            : null;
    }

    private void Report(LinkUse use, string why)
    {
        var (line, column) = Locate(site.ReadPage(use.Page), use.Link);
        var at = new SourceLocation(displayFolder.TrimEnd('/') + "/" + use.Page, line, column);
        diagnostics.Error(DiagnosticCodes.BrokenLink, at, $"broken link '{use.Link.Value}': {why}");
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
