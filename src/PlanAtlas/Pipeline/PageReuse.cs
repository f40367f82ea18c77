using System.Collections.Concurrent;
using PlanAtlas.Check;
using PlanAtlas.Model;
using PlanAtlas.Render;
using PlanAtlas.Write;

namespace PlanAtlas.Pipeline;

/// <summary>
/// A preview rebuild that renders only the pages an edit affects and keeps the others exactly as the last build wrote
/// them (neither rendered, read nor written). Allowed only when the site's shape (<see cref="SiteShape"/>) is the same
/// and the changed plans differ only in content: then a page that declares none of them (<see cref="RenderedPage.DependsOn"/>)
/// would render to the same bytes.
/// </summary>
/// <remarks>
/// The link check stays sound without the kept pages' links: they were checked when the last site was written, and a
/// link leads to the same place while the site has the same files and the page it leads to the same ids. Kept pages
/// have the ids recorded then (<see cref="SiteLinks.Keep"/>); so once every page is produced this checks that the files
/// are those of the last site and that every page rendered again has the ids it had (<see cref="KeptLinksHold"/>).
/// If not, the kept pages are rendered after all (<see cref="GiveUp"/>), so the check then sees every link.
/// </remarks>
public sealed class PageReuse
{
    private readonly IReadOnlySet<Plan> _changed;
    private readonly SiteLinks _previousLinks;
    private readonly IReadOnlyDictionary<string, WrittenFile> _previousFiles;
    private readonly ConcurrentDictionary<string, byte> _kept = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _rendered = [];

    private PageReuse(IReadOnlySet<Plan> changed, SiteLinks previousLinks, IReadOnlyDictionary<string, WrittenFile> previousFiles)
    {
        _changed = changed;
        _previousLinks = previousLinks;
        _previousFiles = previousFiles;
    }

    /// <summary>The pages kept as last written.</summary>
    public IReadOnlyCollection<string> Kept => _kept.Keys.ToList();

    /// <summary>
    /// Page reuse for this build, or null when every page must be rendered: no site written yet, a new output folder,
    /// another shape, or a changed plan whose metadata, numbering or placements changed.
    /// </summary>
    public static PageReuse? For(WrittenSite? last, SiteModel site, SiteShape shape, IFileStore store)
    {
        if (last is null || store is not PreviewFileStore { Staging: null } preview || last.Shape != shape || !ReferenceEquals(last.Site.Topics, site.Topics))
        {
            return null;
        }

        // Same shape: the same slugs in the same order. An unchanged plan file gives the same plan object (PlanFileCache).
        var before = last.Site.Plans.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        var changed = site.Plans.Where(p => !ReferenceEquals(before[p.Slug], p)).ToHashSet();
        return changed.All(p => SiteShape.OfPlan(site, p) == SiteShape.OfPlan(last.Site, before[p.Slug]))
            ? new PageReuse(changed, last.Links, preview.Previous)
            : null;
    }

    /// <summary>Keeps the page as last written when it declares no changed plan; false when it must be rendered.</summary>
    public bool TryKeep(RenderedPage page, SiteFiles files, SiteLinks links)
    {
        if (page.DependsOn is not { } plans || plans.Any(_changed.Contains) || !files.Keep(page.File))
        {
            _rendered.Add(page.File);
            return false;
        }

        links.Keep(page.File, _previousLinks);
        _kept[page.File] = 0;
        return true;
    }

    /// <summary>Once every file is produced: whether the kept pages' links still lead where they did (see remarks).</summary>
    public bool KeptLinksHold(SiteFiles files, SiteLinks links) =>
        files.Count == _previousFiles.Count
        && files.Paths.All(_previousFiles.ContainsKey)
        && _rendered.All(page => links.SameIds(page, _previousLinks));

    /// <summary>The kept pages, to be rendered after all; none is kept any more.</summary>
    public IReadOnlySet<string> GiveUp()
    {
        var kept = _kept.Keys.ToHashSet(StringComparer.Ordinal);
        _kept.Clear();
        return kept;
    }
}
