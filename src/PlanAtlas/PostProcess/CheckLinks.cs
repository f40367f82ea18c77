using System.Collections.Concurrent;
using AngleSharp.Dom;
using PlanAtlas.Diagnostics;

namespace PlanAtlas.PostProcess;

/// <summary>
/// Checks the written site: every <c>href</c> and <c>src</c> that stays inside the site must name a file that
/// exists, and every <c>#fragment</c> an element id of that file. A broken link is an error at the page and link.
/// </summary>
public sealed class CheckLinks(string folder, string displayFolder, DiagnosticBag diagnostics)
{
    private readonly string siteFolder = Path.GetFullPath(folder).TrimEnd('/') + "/";

    private readonly ConcurrentDictionary<string, HashSet<string>?> _ids = new(StringComparer.Ordinal);

    public int LinksChecked { get; private set; }

    public void Run()
    {
        var pages = Directory.GetFiles(siteFolder, "*.html", SearchOption.AllDirectories);
        var count = 0;
        Parallel.ForEach(pages, page =>
        {
            var document = HtmlDocuments.ParseWithPositions(File.ReadAllText(page));
            CacheIds(page, document);
            foreach (var attribute in HtmlDocuments.LinkAttributes)
            {
                foreach (var element in document.QuerySelectorAll($"[{attribute}]"))
                {
                    Interlocked.Increment(ref count);
                    Check(page, element, element.GetAttribute(attribute)!);
                }
            }
        });
        LinksChecked = count;
    }

    private void Check(string page, IElement element, string link)
    {
        if (IsExternal(link))
        {
            return;
        }

        var hashAt = link.IndexOf('#');
        var path = Uri.UnescapeDataString(hashAt < 0 ? link : link[..hashAt]);
        var fragment = hashAt < 0 ? null : Uri.UnescapeDataString(link[(hashAt + 1)..]);
        var target = path.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, path));
        if (path.EndsWith('/') || Directory.Exists(target))
        {
            Report(page, element, link, "points at a folder; links must name a file (index.html) to work from file://");
            return;
        }

        if (!target.StartsWith(siteFolder, StringComparison.Ordinal))
        {
            Report(page, element, link, "leaves the site");
        }
        else if (!File.Exists(target))
        {
            Report(page, element, link, "no such file");
        }
        else if (!string.IsNullOrEmpty(fragment) && target.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(target).Contains(fragment))
        {
            Report(page, element, link, $"no element with id '{fragment}' in {Path.GetRelativePath(siteFolder, target)}");
        }
    }

    private static bool IsExternal(string link) =>
        link.Contains("://", StringComparison.Ordinal) || link.StartsWith("//", StringComparison.Ordinal)
        || link.StartsWith("mailto:", StringComparison.Ordinal) || link.StartsWith("data:", StringComparison.Ordinal)
        || link.StartsWith("javascript:", StringComparison.Ordinal);

    private void Report(string page, IElement element, string link, string why)
    {
        var position = element.SourceReference?.Position;
        var at = new SourceLocation(displayFolder.TrimEnd('/') + "/" + Path.GetRelativePath(siteFolder, page).Replace('\\', '/'), position?.Line ?? 1, position?.Column ?? 1);
        diagnostics.Error(DiagnosticCodes.BrokenLink, at, $"broken link '{link}': {why}");
    }

    private void CacheIds(string page, IDocument document) =>
        _ids.TryAdd(page, document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal));

    private HashSet<string> IdsOf(string file) =>
        _ids.GetOrAdd(file, f => HtmlDocuments.Parse(File.ReadAllText(f)).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal))!;
}
