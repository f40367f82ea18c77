using PlanAtlas.Analyse.Topics;
using PlanAtlas.Configuration;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;
using PlanAtlas.Render.Views;
using PlanAtlas.Render.Theme;
using PlanAtlas.Routing;

namespace PlanAtlas.Render;

/// <summary>What page builders share: the template engine, settings, the build date and the site navigation.</summary>
/// <param name="scope">The files this build writes: links to others are written by <see cref="LinkWriter.Anchor"/>.</param>
public sealed class RenderContext(TemplateEngine templates, SiteSettings settings, DateOnly buildDate, IReadOnlyList<NavLink> nav, LinkScope? scope = null)
{
    public LinkScope Scope { get; } = scope ?? LinkScope.WholeSite;

    public TemplateEngine Templates { get; } = templates;

    public SiteSettings Settings { get; } = settings;

    public DateOnly BuildDate { get; } = buildDate;

    public string? Absolute(SiteLink link) => Routes.Absolute(Settings.BaseUrl, link);

    public PageShell Shell(SiteLink path, string title, string description, IReadOnlyList<NavLink>? breadcrumbs = null, SiteLink? section = null) => new()
    {
        SiteTitle = Settings.SiteTitle,
        Title = title,
        Description = description,
        Path = path,
        Canonical = Absolute(path),
        Meta = OpenGraph(path, title, description),
        Nav = nav.Select(n => n with { Current = n.Href == section }).ToList(),
        Breadcrumbs = breadcrumbs ?? [],
        BodyClass = string.Empty,
    };

    /// <summary>Link previews: what a chat or social app shows for a shared link (the URL only when the site has one).</summary>
    private List<MetaTag> OpenGraph(SiteLink path, string title, string description)
    {
        var tags = new List<MetaTag>
        {
            MetaTag.Property("og:type", "website"),
            MetaTag.Property("og:site_name", Settings.SiteTitle),
            MetaTag.Property("og:title", title),
            MetaTag.Property("og:description", description),
            MetaTag.Property("og:locale", "zh_CN"),
        };
        if (Absolute(path) is { } url)
        {
            tags.Add(MetaTag.Property("og:url", url));
        }

        return tags;
    }

    /// <summary>
    /// A page, its links written relative to its own file. The template runs when the page's HTML is first read,
    /// so that the render stage can run templates on every core while page sources only describe their pages. A
    /// page outside the build's scope is never rendered, so that its links are neither written nor counted.
    /// </summary>
    /// <param name="dependsOn">The plans whose text the page shows (<see cref="RenderedPage.DependsOn"/>); null: always rendered.</param>
    public RenderedPage Page(string layout, PageShell shell, object model, IEnumerable<Plan>? dependsOn = null) => Page(layout, shell, () => model, dependsOn);

    /// <summary>A page whose view model is costly (a diff): built on the render stage's threads, only if the page is kept.</summary>
    public RenderedPage Page(string layout, PageShell shell, Func<object> model, IEnumerable<Plan>? dependsOn = null)
    {
        var file = Routes.FileFor(shell.Path);
        if (!Scope.Keeps(file))
        {
            return new(file, shell.Path, () => string.Empty, indexable: false) { LeftOut = true };
        }

        return new(file, shell.Path, () => Templates.Render(layout, shell, model(), new LinkWriter(file, Scope)), indexable: !shell.NoIndex)
        {
            DependsOn = dependsOn,
        };
    }

    /// <summary>
    /// A page whose shell and view model are both built on the render stage's threads: the page source only names
    /// its address, so that describing the site's pages one by one stays cheap and the work runs on every core.
    /// </summary>
    /// <param name="dependsOn">The plans whose text the page shows (<see cref="RenderedPage.DependsOn"/>); null: always rendered.</param>
    public RenderedPage Page(string layout, SiteLink path, Func<(PageShell Shell, object Model)> build, IEnumerable<Plan>? dependsOn = null)
    {
        var file = Routes.FileFor(path);
        if (!Scope.Keeps(file))
        {
            return new(file, path, () => string.Empty, indexable: false) { LeftOut = true };
        }

        return new(file, path, () =>
        {
            var (shell, model) = build();
            return Templates.Render(layout, shell, model, new LinkWriter(file, Scope));
        }, indexable: true)
        {
            DependsOn = dependsOn,
        };
    }
}

/// <summary>One page of the site and the file it goes to; its HTML is rendered once, when first read.</summary>
public sealed class RenderedPage(string file, SiteLink rootPath, Func<string> render, bool indexable)
{
    private readonly Lazy<string> _html = new(render, LazyThreadSafetyMode.ExecutionAndPublication);

    public string File { get; } = file;

    public SiteLink RootPath { get; } = rootPath;

    public bool Indexable { get; } = indexable;

    public string Html => _html.Value;

    /// <summary>Outside a bundle's selection: not rendered, not written.</summary>
    public bool LeftOut { get; init; }

    /// <summary>
    /// The plans whose content (text, notes, placement scores) the page shows; enumerated only when a preview rebuild
    /// asks whether the page may be kept as last written (<c>PageReuse</c>). Null: the page is always rendered. What
    /// a plan edit may change in pages that do not list the plan (the site's shape: plans, ids, metadata, topics of
    /// provisions, agencies) is compared before any page is kept, so only content needs declaring here.
    /// </summary>
    public IEnumerable<Plan>? DependsOn { get; init; }

    /// <summary>What the sitemap keeps of a page once it is written.</summary>
    public WrittenPage Written => new(File, RootPath, Indexable);
}

/// <summary>A page written to the site: its file and address, without its HTML.</summary>
public sealed record WrittenPage(string File, SiteLink RootPath, bool Indexable);

/// <summary>The plans that the pages of plans and provisions show besides their own (<see cref="RenderedPage.DependsOn"/>).</summary>
public static class PageDependencies
{
    /// <summary>A provision's page: its plan, the plans of its place chain, and those its same-measure list names.</summary>
    public static IEnumerable<Plan> OfProvision(SiteModel site, Counterparts? counterparts, Plan plan, Division provision) =>
        Chain(site, plan).Concat(SameMeasure(counterparts, provision));

    /// <summary>A plan's page: the plan, its place chain, and the same-measure lists of all its provisions.</summary>
    public static IEnumerable<Plan> OfPlan(SiteModel site, Counterparts? counterparts, Plan plan) =>
        Chain(site, plan).Concat(plan.Provisions.SelectMany(p => SameMeasure(counterparts, p)));

    /// <summary>
    /// A page listing the agencies (of one kind, or all) of <paramref name="plans"/>: those plans and every plan of
    /// the agencies shown.
    /// </summary>
    public static IEnumerable<Plan> OfAgencies(AgencyIndex agencies, IEnumerable<Plan> plans, AgencyKind? kind = null)
    {
        // An iterator: nothing is looked up until a rebuild asks (see SameMeasure).
        var shown = plans.ToList();
        foreach (var plan in shown.Concat(agencies.InPlans(shown, kind).SelectMany(a => a.Plans)).Distinct())
        {
            yield return plan;
        }
    }

    // An iterator like SameMeasure: the place is looked up only when asked, not for each of a national site's pages.
    private static IEnumerable<Plan> Chain(SiteModel site, Plan plan)
    {
        yield return plan;
        foreach (var above in site.JurisdictionOf(plan)?.Ancestors ?? [])
        {
            if (above.Plan is { } shown)
            {
                yield return shown;
            }
        }
    }

    // The same query as the provision's view (PlanViews), so the list declared is the list shown. Run only when
    // enumerated: a preview rebuild looks up what a kept page declared last time and never asks again.
    private static IEnumerable<Plan> SameMeasure(Counterparts? counterparts, Division provision)
    {
        if (counterparts is null)
        {
            yield break;
        }

        foreach (var counterpart in counterparts.For(provision, PlanViews.CounterpartPlansShown).Plans)
        {
            yield return counterpart.Plan;
        }
    }
}
