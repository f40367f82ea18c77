using PlanAtlas.Render.Views;
using PlanAtlas.Analyse.Compare;
using PlanAtlas.Routing;
using PlanAtlas.Configuration;
using PlanAtlas.Analyse.Topics;
using PlanAtlas.Model;
using PlanAtlas.Render.Pages;
using PlanAtlas.Render.Theme;
using PlanAtlas.Render.ViewModels;
using PlanAtlas.Write;
using PlanAtlas.Check;
using PlanAtlas.Pipeline;
using System.Collections.Concurrent;

namespace PlanAtlas.Render;

/// <summary>Stage: renders every page kind through the theme's templates into the in-memory site.</summary>
/// <param name="comparisons">Kept between the builds of a preview session; null for a one-off build.</param>
/// <param name="scope">The pages to write (a bundle's selection); null for the whole site.</param>
public sealed class RenderPages(SiteSettings settings, DateOnly buildDate, ComparisonCache? comparisons = null, LinkScope? scope = null)
{
    /// <summary>The context pages are rendered with: the theme's templates, settings, date and navigation.</summary>
    public RenderContext CreateContext(SiteModel? site = null)
    {
        var engine = TemplateEngineCache.For(new ThemeFiles(settings.ThemePath, settings.InputPath));
        return new RenderContext(engine, settings, buildDate, Navigation(site), scope);
    }

    /// <summary>The site's sections, each only when it has something to show: no link leads to an empty page.</summary>
    private static List<NavLink> Navigation(SiteModel? site)
    {
        var nav = new List<NavLink> { new("首页", Routes.Home) };
        if (site is null || site.Topics.Count > 0)
        {
            nav.Add(new("对照", Routes.Compare));
        }

        if (site is null || site.Agencies.Agencies.Count > 0)
        {
            nav.Add(new("责任单位", Routes.Agencies));
        }

        nav.Add(new("搜索", Routes.Search));
        nav.Add(new("关于", Routes.About));
        return nav;
    }

    private static List<EntryPoint> EntryPoints(SiteModel site)
    {
        var entries = new List<EntryPoint>();
        if (site.Topics.Count > 0)
        {
            entries.Add(CompareIndexPage.EntryPoint(site));
        }

        if (site.Agencies.Agencies.Count > 0)
        {
            entries.Add(new EntryPoint("责任单位索引", "各项措施由哪些单位牵头、哪些单位参加，逐地对照", Routes.Agencies));
        }

        entries.Add(SearchPage.EntryPoint);
        return entries;
    }

    /// <summary>
    /// Renders every page, writes it to <paramref name="files"/> and records its ids and links in
    /// <paramref name="links"/> as soon as it is rendered, then forgets its HTML: memory does not grow with the site.
    /// </summary>
    /// <param name="searchSite">What the search page offers to filter by: a bundle's own plans and measures.</param>
    /// <param name="reuse">A preview rebuild's pages to keep as last written (those no changed plan affects); null: render all.</param>
    /// <returns>How many pages the site has.</returns>
    public int Run(SiteModel site, SiteFiles files, SiteLinks links, SiteModel? searchSite = null, PageReuse? reuse = null)
    {
        var context = CreateContext(site);
        var views = new PlanViews(context, site.Agencies, site.Topics.Count > 0 ? new Counterparts(site) : null, site.Jurisdictions);
        comparisons?.BeginBuild();
        var compare = new CompareViews(views, new CompareOptions(), comparisons);
        var entryPoints = EntryPoints(site);
        var places = PlacePaging.Of(site);

        IPageSource[] sources =
        [
            new HomePage(context, views, places, entryPoints),
            new PlanPage(context, views),
            new ProvisionPage(context, views),
            new AliasRedirectPages(context),
            new CompareIndexPage(context, compare),
            new TopicPages(context, compare),
            new AbovePages(context, compare),
            new AgencyIndexPage(context, site.Agencies),
            new AgencyPages(context, site.Agencies),
            new AgencyKindPages(context, site.Agencies),
            new SearchPage(context, searchSite),
            new AboutPage(context, views),
            new DataIndexPage(context, files),
            new NotFoundPage(context),
        ];

        // Sources describe their pages one by one; the templates run on every core. Nothing depends on the order in
        // which pages finish: each has its own file, and the sitemap is sorted. Pages stream to the render threads, so
        // that memory does not grow with the site.
        IEnumerable<RenderedPage> Pages() => sources.SelectMany(s => s.Render(site)).Where(p => !p.LeftOut);
        var written = new ConcurrentBag<WrittenPage>();

        // A preview rebuild first keeps the pages no changed plan affects, then renders only the others: the sources
        // still describe every page (cheaply: their work is deferred to the render threads), but only those are taken.
        var again = reuse is { CanKeep: true } ? reuse.KeepUnaffected(files) : null;
        Parallel.ForEach(again is null ? Pages() : Pages().Where(p => again.Contains(p.File)), Workers, page =>
        {
            reuse?.Record(page);
            Write(page, files, links, again: false);
            written.Add(page.Written);
        });

        // A rebuild with the pages of the last build keeps its sitemaps: they list only addresses, and at national scale
        // they are tens of megabytes to write again. Otherwise they list every page, kept ones too (described again).
        if (!string.IsNullOrWhiteSpace(settings.BaseUrl) && reuse?.TryKeepSitemaps(files) != true)
        {
            foreach (var (path, content) in SitemapFiles.Sitemaps(settings.BaseUrl, again is null ? written : Pages().Select(p => p.Written)))
            {
                files.Add(path, content);
            }
        }

        var count = written.Count + (reuse?.Kept.Count ?? 0);
        files.Add("robots.txt", SitemapFiles.Robots(settings.BaseUrl));
        new CopyThemeAssets(new ThemeFiles(settings.ThemePath, settings.InputPath)).Run(files);

        // Known only now that every file is produced; rare (the shape was compared before), so the kept pages are
        // described again rather than held in memory.
        if (reuse is not null && !reuse.KeptLinksHold(files, links))
        {
            var kept = reuse.GiveUp();
            Parallel.ForEach(Pages().Where(p => kept.Contains(p.File)), Workers, page => Write(page, files, links, again: true));
        }

        return count;
    }

    /// <summary>
    /// Two render threads a core: one can write its page while the other renders. Left to itself the thread pool adds a
    /// thread whenever writes to a busy disk block (73 threads at 3,000 plans on two cores), and every thread holds a
    /// page's HTML in flight, so memory grew with them.
    /// </summary>
    private static readonly ParallelOptions Workers = new() { MaxDegreeOfParallelism = Environment.ProcessorCount * 2 };

    /// <summary>Renders a page, writes it and records its ids and links; then its HTML is forgotten.</summary>
    private static void Write(RenderedPage page, SiteFiles files, SiteLinks links, bool again)
    {
        var html = page.Html;
        if (again)
        {
            files.Replace(page.File, html);
        }
        else
        {
            files.Add(page.File, html);
        }

        links.Set(page.File, PageScan.Of(html));
    }
}
