using System.Collections.Concurrent;
using AngleSharp.Dom;
using PlanAtlas.IO;

namespace PlanAtlas.Check;

/// <summary>
/// What the link check needs to know of a site: every file's path (relative to the site's root, with <c>/</c>), each
/// page's element ids, and every link the pages hold. A build records each page as it is rendered
/// (<see cref="PageScan"/>, parsing nothing) and forgets its HTML; the tests read a written folder with a full HTML
/// parser, as the oracle that proves the build's check misses nothing.
/// </summary>
/// <remarks>
/// Memory must not grow with the number of links: a link is resolved when its page is recorded, and only its target
/// is kept, once for all the pages that lead there (with the first page, where a broken one is reported). Links
/// that are wrong whatever the site holds (a root path, one that leaves the site) are kept as they are.
/// </remarks>
public sealed class SiteLinks
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly LockedMap<string, string[]> _ids;
    // Each target keeps only the first page (in path order) that leads there; which of its links does is looked up
    // again for the rare broken one (UseOf). At national scale there are millions of targets.
    private readonly ConcurrentDictionary<LinkTarget, string> _targets = new();
    private readonly ConcurrentBag<(LinkUse Use, string Problem)> _wrong = [];
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _idSets = new(StringComparer.Ordinal);
    private HashSet<string> _files = new(StringComparer.Ordinal);
    private HashSet<string> _folders = new(StringComparer.Ordinal);
    private Func<string, string> _readPage = _ => string.Empty;

    public SiteLinks()
        : this(new LockedMap<string, string[]>(0, StringComparer.Ordinal))
    {
    }

    private SiteLinks(LockedMap<string, string[]> ids)
    {
        _ids = ids;
    }

    /// <summary>
    /// A preview rebuild's links, which keeps the pages of <paramref name="previous"/> (the last build written) it does
    /// not render again: each has the ids recorded then. Its links are not recorded: they were checked then, and still
    /// hold while the site has the same files and the pages they lead to the same ids (<see cref="SameIds"/>). A page
    /// rendered again is recorded anew (<see cref="Set"/>).
    /// </summary>
    public static SiteLinks Keeping(SiteLinks previous) => new(LockedMap<string, string[]>.CopyOf(previous._ids));

    /// <summary>A written site (a folder), its pages parsed here.</summary>
    public static SiteLinks Read(string folder)
    {
        var root = Path.GetFullPath(folder);
        string Relative(string file) => Path.GetRelativePath(root, file).Replace('\\', '/');
        string ReadPage(string page) => File.ReadAllText(Path.Combine(root, page));

        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(Relative).ToList();
        var links = new SiteLinks();
        Parallel.ForEach(files.Where(IsPage), page => links.Set(page, Find(HtmlDocuments.Parse(ReadPage(page)))));
        return links.WithFiles(files, ReadPage);
    }

    /// <summary>The site's files, known once every stage has run, and how to read a page back for a message.</summary>
    /// <param name="sameFiles">An earlier build's links whose site had exactly these files (a preview rebuild that
    /// changed only content): its sets are taken rather than made again from a national site's 164 k paths.</param>
    public SiteLinks WithFiles(IEnumerable<string> files, Func<string, string> readPage, SiteLinks? sameFiles = null)
    {
        _readPage = readPage;
        if (sameFiles is not null)
        {
            (_files, _folders) = (sameFiles._files, sameFiles._folders);
            return this;
        }

        _files = new HashSet<string>(files, StringComparer.Ordinal);
        _folders = new HashSet<string>(StringComparer.Ordinal);
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

        return this;
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

    /// <summary>Records a page: its ids, and each link resolved to the file and fragment it leads to.</summary>
    public void Set(string page, PageLinks links)
    {
        _ids[page] = links.Ids.Select(Intern).ToArray();
        _idSets.TryRemove(page, out _);
        // A page repeats many links (its header, the same provision cited twice); each value is followed once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in links.Links)
        {
            if (!seen.Add(link.Value))
            {
                continue;
            }

            switch (LinkTarget.Resolve(page, link.Value))
            {
                case { Problem: { } problem }:
                    _wrong.Add((new LinkUse(page, link), problem));
                    break;
                case { Target: { } target }:
                    // Most targets are known already and kept by an earlier page: then nothing is stored or interned.
                    if (_targets.TryGetValue(target, out var known) && string.CompareOrdinal(page, known) >= 0)
                    {
                        break;
                    }

                    // The first page in path order is kept, whichever thread recorded it first: messages never depend on timing.
                    _targets.AddOrUpdate(
                        target with { File = Intern(target.File), Fragment = target.Fragment is null ? null : Intern(target.Fragment) },
                        page,
                        (_, kept) => string.CompareOrdinal(page, kept) < 0 ? page : kept);
                    break;
            }
        }
    }

    /// <summary>Whether a page declares the same ids here as in <paramref name="other"/>.</summary>
    public bool SameIds(string page, SiteLinks other) => IdsOf(page).SetEquals(other.IdsOf(page));

    /// <summary>Links that are wrong wherever they lead, each with its page.</summary>
    public IEnumerable<(LinkUse Use, string Problem)> Wrong =>
        _wrong.OrderBy(w => w.Use.Page, StringComparer.Ordinal).ThenBy(w => w.Use.Link.Value, StringComparer.Ordinal);

    /// <summary>Every place a link leads inside the site, once, with the first page (in path order) that leads there.</summary>
    public IEnumerable<(LinkTarget Target, string Page)> Targets => _targets.Select(t => (t.Key, t.Value));

    /// <summary>The link of <paramref name="page"/> that leads to <paramref name="target"/> (the first in ordinal order), read back from the page.</summary>
    public LinkUse UseOf(LinkTarget target, string page) => new(
        page,
        Find(HtmlDocuments.Parse(ReadPage(page))).Links
            .Where(l => LinkTarget.Resolve(page, l.Value).Target == target)
            .OrderBy(l => l.Value, StringComparer.Ordinal)
            .First());

    public bool HasFile(string path) => _files.Contains(path);

    public bool HasFolder(string path) => path.Length == 0 || _folders.Contains(path);

    /// <summary>
    /// Whether a page declares the id. Every page is asked at least once (its own skip link, <c>#main</c>): a page with
    /// few ids is searched as it was recorded, and only one with many gets a set, so that a national site does not
    /// hold a set for each of its 135 k pages.
    /// </summary>
    public bool HasId(string page, string id) =>
        _ids.TryGetValue(page, out var ids) && (ids.Length <= FewIds ? Array.IndexOf(ids, id) >= 0 : IdsOf(page).Contains(id));

    private const int FewIds = 64;

    /// <summary>The ids of a page; empty when the page was never recorded.</summary>
    public IReadOnlySet<string> IdsOf(string page) =>
        _idSets.GetOrAdd(page, p => _ids.TryGetValue(p, out var ids) ? ids.ToHashSet(StringComparer.Ordinal) : new HashSet<string>());

    public string ReadPage(string page) => _readPage(page);

    /// <summary>One copy of each id and target: the same ones recur on thousands of pages.</summary>
    private string Intern(string value) => _strings.GetOrAdd(value, value);
}

/// <summary>A page's element ids and links.</summary>
public sealed record PageLinks(IReadOnlySet<string> Ids, IReadOnlyList<PageLink> Links);

/// <summary>A link as the page writes it: the attribute (<c>href</c>, <c>src</c>, <c>action</c>) and its value.</summary>
public sealed record PageLink(string Attribute, string Value);

/// <summary>A link where a page holds it.</summary>
public sealed record LinkUse(string Page, PageLink Link);
