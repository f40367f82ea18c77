using PlanAtlas.Render.Views;
using PlanAtlas.Routing;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;
using PlanAtlas.Model.Jurisdictions;
using PlanAtlas.Render.Theme;
using PlanAtlas.Render.ViewModels;

namespace PlanAtlas.Render.Pages;

/// <summary>
/// The agency index (/agencies/ and a page per place, <see cref="PlacePaging"/>): the kinds to browse, then the
/// agencies of the plans the page shows in one table, grouped by kind, with the measures each leads and joins. A
/// place page of a large corpus (a province with forty counties) would list thousands of rows, so there the table
/// holds only the place's own plans, and each other plan on the page is a count linking to a page of its agencies
/// (/agencies/plans/&lt;slug&gt;/). The table is complete without JavaScript; agencies.js adds sorting and a filter.
/// </summary>
public sealed class AgencyIndexPage(RenderContext context, AgencyIndex agencies) : IPageSource
{
    public static readonly SiteLink Script = Routes.Asset("js/agencies.js");

    private const string IndexTitle = "责任单位索引";

    public IEnumerable<RenderedPage> Render(SiteModel site)
    {
        var paging = PlacePaging.Of(site);
        var kindGroups = KindGroups();
        var views = new AgencyViews(agencies, site);
        foreach (var node in paging.Pages)
        {
            var path = PlacePaging.Link(Routes.Agencies, node);
            var shown = paging.PlansOn(node);
            yield return context.Page("agency-index", path, () =>
            {
                var model = Index(views, paging, node, kindGroups);
                var crumbs = new List<NavLink> { new("首页", Routes.Home), new("责任单位", Routes.Agencies, Current: node.IsRoot) };
                crumbs.AddRange(PlacePaging.Crumbs(node, n => PlacePaging.Link(Routes.Agencies, n)));
                return (Shell(path, node.IsRoot ? IndexTitle : $"{node.Name} · {IndexTitle}", model, crumbs), model);
            }, PageDependencies.OfAgencies(agencies, shown));

            foreach (var plan in Counted(paging, node, shown))
            {
                var planPath = Routes.AgenciesOfPlan(plan.Slug);
                yield return context.Page("agency-index", planPath, () =>
                {
                    var model = OfPlan(views, plan, kindGroups);
                    var crumbs = new List<NavLink> { new("首页", Routes.Home), new("责任单位", Routes.Agencies) };
                    crumbs.AddRange(PlacePaging.Crumbs(node, n => PlacePaging.Link(Routes.Agencies, n)).Select(c => c with { Current = false }));
                    crumbs.Add(new NavLink(plan.Metadata.Label, planPath, Current: true));
                    return (Shell(planPath, model.Heading, model, crumbs), model);
                }, PageDependencies.OfAgencies(agencies, [plan]));
            }
        }
    }

    /// <summary>The national index.</summary>
    public AgencyIndexView Model(SiteModel site) => Model(site, PlacePaging.Of(site).Tree.Root);

    /// <summary>The index of a place: the agencies of the plans its page shows, and the places with pages of their own.</summary>
    public AgencyIndexView Model(SiteModel site, PlaceNode page) => Index(new AgencyViews(agencies, site), PlacePaging.Of(site), page, KindGroups());

    /// <summary>
    /// The plans whose rows a place's page lists: all the plans it shows, unless the place is split into pages (more
    /// plans under it than <see cref="PlacePaging.Limit"/>), where only the place's own plans are listed in full.
    /// </summary>
    public static IReadOnlyList<Plan> InFull(PlacePaging paging, PlaceNode page, IReadOnlyList<Plan> shown) =>
        page.Count <= paging.Limit ? shown : shown.Where(p => paging.Tree.NodeOf(p) == page).ToList();

    /// <summary>The plans a place's page shows as a count, each with a page of its own agencies.</summary>
    private IEnumerable<Plan> Counted(PlacePaging paging, PlaceNode page, IReadOnlyList<Plan> shown) =>
        shown.Except(InFull(paging, page, shown)).Where(p => agencies.InPlan(p).Count > 0);

    private PageShell Shell(SiteLink path, string title, AgencyIndexView model, IReadOnlyList<NavLink> crumbs)
    {
        var shell = context.Shell(
            path,
            title,
            model.HasAgencies ? $"各方案列明的 {model.AgencyCount} 个牵头单位和参加单位，以及各单位牵头和参加的措施。" : "各方案列明的牵头单位和参加单位。",
            crumbs,
            Routes.Agencies);
        return model.HasRows ? shell with { Scripts = [Script] } : shell;
    }

    private AgencyIndexView Index(AgencyViews views, PlacePaging paging, PlaceNode page, IReadOnlyList<AgencyKindGroupView> kindGroups)
    {
        var shownPlans = paging.PlansOn(page);
        var inFull = InFull(paging, page, shownPlans);
        var shown = agencies.InPlans(inFull);
        var plans = shownPlans.Where(p => agencies.InPlan(p).Count > 0).ToList();
        var counted = Counted(paging, page, shownPlans)
            .Select(p => new PlaceLinkView(p.Metadata.Label, $"{agencies.InPlan(p).Count} 个单位", Routes.AgenciesOfPlan(p.Slug)))
            .ToList();
        var places = paging.Entries(page).Where(e => e.Linked).Select(e => new PlaceLinkView(
            e.Node.Name, $"{e.Node.Count} 部方案", PlacePaging.Link(Routes.Agencies, e.Node))).ToList();

        var names = string.Join("、", plans.Select(p => p.Metadata.Label));
        var table = counted.Count == 0
            ? $"下表列出这些方案中的 {shown.Count} 个责任单位"
            : shown.Count == 0
            ? "各方案的责任单位各有一页，列在下方"
            : $"下表列出{string.Join("、", inFull.Select(p => p.Metadata.Label))}方案中的 {shown.Count} 个责任单位（其余方案的责任单位各有一页，列在下方）";
        var intro = shownPlans.Count == 0 ? "其余方案按地区列在下方。"
            : plans.Count == 0
            ? "收录的方案都没有逐条列明责任单位。"
            : $"{(page.IsRoot ? "收录的" : page.Name + "的")} {shownPlans.Count} 部方案中，{plans.Count} 部逐条列明了每项措施的牵头单位和参加单位（{names}）。" +
              $"{table}，按类别分组，以及各单位牵头和参加的措施数；“县级有关部门”“各乡镇（街道）”等泛称不计为单位。";
        return View(IndexTitle, intro, plans, shown, views, kindGroups) with { Places = places, CountedPlans = counted };
    }

    private AgencyIndexView OfPlan(AgencyViews views, Plan plan, IReadOnlyList<AgencyKindGroupView> kindGroups)
    {
        var shown = agencies.InPlan(plan);
        var intro = $"{plan.Metadata.Title}逐条列明了每项措施的牵头单位和参加单位。下表列出其中的 {shown.Count} 个责任单位，按类别分组，" +
                    "以及各单位牵头和参加的措施数；“县级有关部门”“各乡镇（街道）”等泛称不计为单位。";
        return View($"{plan.Metadata.Label} · 责任单位", intro, [plan], shown, views, kindGroups);
    }

    private AgencyIndexView View(
        string heading, string intro, IReadOnlyList<Plan> plans, IReadOnlyList<Agency> shown, AgencyViews views, IReadOnlyList<AgencyKindGroupView> kindGroups) => new()
    {
        Heading = heading,
        Intro = intro,
        Plans = plans.Select(AgencyViews.PlanLink).ToList(),
        AgencyCount = shown.Count,
        KindGroups = kindGroups,
        TableGroups = shown
            .GroupBy(a => a.Kind)
            .Select(g => g.Key is { } kind
                ? new AgencyTableGroupView("kind-" + kind.Id, kind.Name, Routes.AgencyKind(kind.Id), g.SelectMany(views.Rows).ToList())
                : new AgencyTableGroupView(AgencyViews.UnregisteredGroupId, AgencyViews.UnregisteredKindName, null, g.SelectMany(views.Rows).ToList()))
            .ToList(),
        Caption = "各责任单位牵头和参加的措施数，按类别分组",
        DataHref = Routes.AgencyData,
        CsvHref = Routes.AgencyCsv,
    };

    /// <summary>The kinds to browse, the same on every page of the index: computed once per build.</summary>
    private List<AgencyKindGroupView> KindGroups() => agencies.Kinds
        .GroupBy(k => k.Group, StringComparer.Ordinal)
        .Select((g, i) => new AgencyKindGroupView(
            $"kind-group-{i + 1}",
            g.Key,
            g.Select(k => new AgencyKindLinkView(k.Name, Routes.AgencyKind(k.Id), $"{agencies.OfKind(k).Count} 个")).ToList()))
        .ToList();
}
