using System.Collections.Concurrent;
using PlanAtlas.Check;
using PlanAtlas.IO;
using PlanAtlas.Model;
using PlanAtlas.Render;
using PlanAtlas.Render.Pages;
using PlanAtlas.Write;

namespace PlanAtlas.Pipeline;

/// <summary>
/// A preview rebuild that renders only the pages (and writes only the per-plan data files) an edit affects and keeps the
/// others exactly as the last build wrote them (neither rendered, read nor written). Allowed only when the site's shape
/// (<see cref="SiteShape"/>) is the same and the changed plans differ only in content: then a page that declares none of
/// them (<see cref="RenderedPage.DependsOn"/>) would render to the same bytes.
/// </summary>
/// <remarks>
/// <para>What a page declares depends only on the shape, so each build records it (<see cref="DependsOn"/>) and the next
/// one, of the same shape, looks it up rather than asking the page again: the same-measure lists behind a provision's
/// declaration cost more than keeping the page.</para>
/// <para>The link check stays sound without the kept pages' links: they were checked when the last site was written, and a
/// link leads to the same place while the site has the same files and the page it leads to the same ids. Kept pages
/// have the ids recorded then (<see cref="SiteLinks.Keeping"/>); so once every page is produced this checks that the files
/// are those of the last site and that every page rendered again has the ids it had (<see cref="KeptLinksHold"/>).
/// If not, the kept pages are rendered after all (<see cref="GiveUp"/>), so the check then sees every link.</para>
/// </remarks>
public sealed class PageReuse
{
    private readonly Dictionary<Plan, int> _planNumbers;
    private readonly WrittenSite? _last;
    private readonly bool[]? _changed;
    private readonly IReadOnlyDictionary<string, WrittenFile> _previousFiles;
    private readonly LockedMap<string, int[]?> _dependsOn;
    private readonly List<string> _kept = [];
    private readonly ConcurrentBag<string> _rendered = [];
    private readonly ConcurrentDictionary<string, object> _parts = new(StringComparer.Ordinal);
    private IReadOnlySet<string>? _toRender;

    private PageReuse(SiteModel site, WrittenSite? last, bool[]? changed, IReadOnlyDictionary<string, WrittenFile>? previousFiles = null)
    {
        _previousFiles = previousFiles ?? new Dictionary<string, WrittenFile>();
        _planNumbers = site.Plans.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        _last = last;
        _changed = changed;
        // A rebuild that keeps pages starts from the last record: a kept page declares what it did then.
        _dependsOn = last is null ? new LockedMap<string, int[]?>(0, StringComparer.Ordinal) : LockedMap<string, int[]?>.CopyOf(last.DependsOn);
    }

    /// <summary>The pages kept as last written.</summary>
    public IReadOnlyCollection<string> Kept => _kept;

    /// <summary>What each page of this build declared, by file: the numbers of its plans in site order; null: always rendered.</summary>
    public IReadOnlyDictionary<string, int[]?> DependsOn => _dependsOn;

    /// <summary>
    /// Page reuse for this build of a preview session. It keeps nothing (it only records what pages declare) when there is
    /// no site written yet, a new output folder, another shape, or a changed plan whose metadata, numbering or placements changed.
    /// </summary>
    public static PageReuse For(WrittenSite? last, SiteModel site, SiteShape shape, IFileStore store)
    {
        if (last is null || store is not PreviewFileStore { Staging: null } preview || last.Shape != shape || !ReferenceEquals(last.Site.Topics, site.Topics))
        {
            return new PageReuse(site, null, null);
        }

        // Same shape: the same slugs in the same order. An unchanged plan file gives the same plan object (PlanFileCache).
        var changed = site.Plans.Select((p, i) => !ReferenceEquals(last.Site.Plans[i], p)).ToArray();
        var keeps = Enumerable.Range(0, changed.Length).Where(i => changed[i])
            .All(i => SiteShape.OfPlan(site, site.Plans[i]) == SiteShape.OfPlan(last.Site, last.Site.Plans[i]));
        return keeps ? new PageReuse(site, last, changed, preview.Previous) : new PageReuse(site, null, null);
    }

    /// <summary>
    /// Keeps every page of the last build that declared no changed plan: its file as last written (its ids and
    /// declaration are in this build's records from the start: <see cref="SiteLinks.Keeping"/>). The pages are those
    /// of the last build's record, so none is described again: a national site has 135 k of them and an edit affects a
    /// few hundred. The same shape gives the same pages (<see cref="SiteShape"/>).
    /// </summary>
    /// <returns>The pages to render: those that declared a changed plan, are always rendered, or are not in the output.</returns>
    /// <remarks>Meant for one thread: the map it fills is the site's, and 135 k pages kept from every thread at once
    /// queued on its lock longer than the work took.</remarks>
    public IReadOnlySet<string> KeepUnaffected(SiteFiles files)
    {
        var render = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (page, plans) in _last!.DependsOn)
        {
            if (plans is null || Array.Exists(plans, p => _changed![p]) || !files.Keep(page))
            {
                render.Add(page);
                continue;
            }

            _kept.Add(page);
        }

        _toRender = render;
        return render;
    }

    /// <summary>Whether any page may be kept; when not, pages are only recorded (<see cref="Record"/>) as they are rendered.</summary>
    public bool CanKeep => _last is not null;

    /// <summary>A page to be rendered: what it declares is recorded for the next build.</summary>
    public void Record(RenderedPage page)
    {
        _dependsOn[page.File] = page.DependsOn?.Select(p => _planNumbers[p]).Distinct().ToArray();
        _rendered.Add(page.File);
    }

    /// <summary>Keeps a file that shows one plan only (its open data) as last written when the plan did not change.</summary>
    public bool TryKeep(string file, Plan shows, SiteFiles files) =>
        _changed is not null && !_changed[_planNumbers[shows]] && files.Keep(file);

    /// <summary>The parts of site-wide data files this build made or kept (<see cref="Part{T}"/>), for the next build.</summary>
    public IReadOnlyDictionary<string, object> Parts => _parts;

    /// <summary>
    /// A part of a site-wide data file that shows only the given plans (one plan's rows, one agency's entry): as the last
    /// build made it when none of them changed, else made now; either way kept for the next build.
    /// </summary>
    /// <param name="reuse">Null in a one-off build, which keeps nothing: the part is made.</param>
    /// <param name="name">What the part shows in the file (a plan's or an agency's slug): the same shape means the same
    /// plans and agencies, so a name means the same thing in both builds.</param>
    public static T Part<T>(PageReuse? reuse, string file, string name, IEnumerable<Plan> shows, Func<T> make)
        where T : notnull => reuse is null ? make() : reuse.Part($"{file}\n{name}", shows, make);

    private T Part<T>(string key, IEnumerable<Plan> shows, Func<T> make)
        where T : notnull
    {
        var part = _last?.Parts.TryGetValue(key, out var kept) == true && kept is T same && !shows.Any(p => _changed![_planNumbers[p]])
            ? same
            : make();
        _parts[key] = part;
        return part;
    }

    /// <summary>
    /// Keeps the last build's sitemap files when this build has exactly its pages: the shape (settings included, so
    /// the base URL) is the same, and a sitemap lists nothing but the pages' addresses.
    /// </summary>
    public bool TryKeepSitemaps(SiteFiles files)
    {
        // Exactly the pages of the last build: those kept, and every page meant to be rendered again was (none more, as
        // the render stage describes no other).
        if (_toRender is null || _kept.Count == 0 || _rendered.Count != _toRender.Count || !_rendered.All(_toRender.Contains))
        {
            return false;
        }

        var sitemaps = _previousFiles.Keys.Where(SitemapFiles.IsSitemap).ToList();
        return sitemaps.Count > 0 && sitemaps.All(files.Keep);
    }

    /// <summary>Once every file is produced: whether the kept pages' links still lead where they did (see remarks).</summary>
    public bool KeptLinksHold(SiteFiles files, SiteLinks links) =>
        _last is null
        || (files.Store is PreviewFileStore { SameFilesAsPrevious: true }
            && _rendered.All(page => links.SameIds(page, _last.Links)));

    /// <summary>The kept pages, to be rendered after all; none is kept any more.</summary>
    public IReadOnlySet<string> GiveUp()
    {
        var kept = _kept.ToHashSet(StringComparer.Ordinal);
        _kept.Clear();
        return kept;
    }
}
