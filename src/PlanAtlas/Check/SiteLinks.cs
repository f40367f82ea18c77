using System.Collections.Concurrent;
using AngleSharp.Dom;
using PlanAtlas.Write;

namespace PlanAtlas.Check;

/// <summary>
/// What the link check needs to know of a site: every file's path (relative to the site's root, with <c>/</c>),
/// and, for each HTML page, its element ids and its links. A build fills it by scanning the rendered pages
/// (<see cref="PageScan"/>), parsing nothing; the tests read a written folder with a full HTML parser, as the oracle
/// that proves the build's check misses nothing.
/// </summary>
public sealed class SiteLinks
{
    private readonly HashSet<string> _files;
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PageLinks> _pages = new(StringComparer.Ordinal);
    private readonly Func<string, string> _readPage;

    /// <param name="files">Every file of the site.</param>
    /// <param name="readPage">A page's text as written, to point a message at the line of a broken link.</param>
    public SiteLinks(IEnumerable<string> files, Func<string, string> readPage)
    {
        _files = new HashSet<string>(files, StringComparer.Ordinal);
        _readPage = readPage;
        foreach (var file in _files)
        {
            for (var slash = file.LastIndexOf('/'); slash > 0; slash = file.LastIndexOf('/', slash - 1))
            {
                if (!_folders.Add(file[..slash]))
                {
                    break;
                }
            }
        }
    }

    /// <summary>The site being built in memory, each rendered page scanned for its ids and links.</summary>
    public static SiteLinks Of(SiteFiles files, IEnumerable<Render.RenderedPage> pages)
    {
        var links = new SiteLinks(files.Paths, files.GetText);
        Parallel.ForEach(pages, page => links.Set(page.File, PageScan.Of(page.Html)));
        return links;
    }

    /// <summary>A written site (a folder), its pages parsed here.</summary>
    public static SiteLinks Read(string folder)
    {
        var root = Path.GetFullPath(folder);
        string Relative(string file) => Path.GetRelativePath(root, file).Replace('\\', '/');
        string ReadPage(string page) => File.ReadAllText(Path.Combine(root, page));

        var links = new SiteLinks(Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(Relative), ReadPage);
        Parallel.ForEach(links._files.Where(IsPage), page => links.Set(page, Find(HtmlDocuments.Parse(ReadPage(page)))));
        return links;
    }

    public static bool IsPage(string file) => file.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>A page's ids and links, as its DOM stands.</summary>
    public static PageLinks Find(IDocument document)
    {
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var links = new List<PageLink>();
        foreach (var attribute in HtmlDocuments.LinkAttributes)
        {
            links.AddRange(document.QuerySelectorAll($"[{attribute}]").Select(e => new PageLink(attribute, e.GetAttribute(attribute)!)));
        }

        return new PageLinks(ids, links);
    }

    public void Set(string page, PageLinks links) => _pages[page] = links;

    public IEnumerable<KeyValuePair<string, PageLinks>> Pages => _pages.OrderBy(p => p.Key, StringComparer.Ordinal);

    public bool HasFile(string path) => _files.Contains(path);

    public bool HasFolder(string path) => path.Length == 0 || _folders.Contains(path);

    /// <summary>The ids of a page; empty when the page was never recorded.</summary>
    public IReadOnlySet<string> IdsOf(string page) => _pages.TryGetValue(page, out var p) ? p.Ids : new HashSet<string>();

    public string ReadPage(string page) => _readPage(page);
}

/// <summary>A page's element ids and links.</summary>
public sealed record PageLinks(IReadOnlySet<string> Ids, IReadOnlyList<PageLink> Links);

/// <summary>A link as the page writes it: the attribute (<c>href</c>, <c>src</c>, <c>action</c>) and its value.</summary>
public sealed record PageLink(string Attribute, string Value);
