using PlanAtlas.Render.Views;
using PlanAtlas.Routing;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;
using PlanAtlas.Model.Jurisdictions;
using PlanAtlas.Render.Theme;
using PlanAtlas.Render.ViewModels;

namespace PlanAtlas.Render.Pages;

/// <summary>
/// The agency index (/agencies/): the kinds to browse, then every agency in one table, grouped by kind, with the
/// measures it leads and joins in each plan. The table is complete without JavaScript; agencies.js adds sorting
/// and a filter.
/// </summary>
public sealed class AgencyIndexPage(RenderContext context, AgencyIndex agencies) : IPageSource
{
    public static readonly SiteLink Script = Routes.Asset("js/agencies.js");

    public IEnumerable<RenderedPage> Render(SiteModel site)
    {
        var paging = PlacePaging.Of(site);
        foreach (var node in paging.Pages)
        {
            var model = Model(site, node);
            var path = PlacePaging.Link(Routes.Agencies, node);
            var crumbs = new List<NavLink> { new("首页", Routes.Home), new("责任单位", Routes.Agencies, Current: node.IsRoot) };
            crumbs.AddRange(PlacePaging.Crumbs(node, n => PlacePaging.Link(Routes.Agencies, n)));

            var shell = context.Shell(
                path,
                node.IsRoot ? "责任单位索引" : $"{node.Name} · 责任单位索引",
                model.HasAgencies ? $"各方案列明的 {model.AgencyCount} 个牵头单位和参加单位，以及各单位牵头和参加的措施。" : "各方案列明的牵头单位和参加单位。",
                crumbs,
                Routes.Agencies);
            yield return context.Page("agency-index", model.HasAgencies ? shell with { Scripts = [Script] } : shell, model,
                PageDependencies.OfAgencies(agencies, paging.PlansOn(node)));
        }
    }

    /// <summary>The national index.</summary>
    public AgencyIndexView Model(SiteModel site) => Model(site, PlacePaging.Of(site).Tree.Root);

    /// <summary>The index of a place: the agencies of the plans its page shows, and the places with pages of their own.</summary>
    public AgencyIndexView Model(SiteModel site, PlaceNode page)
    {
        var paging = PlacePaging.Of(site);
        var views = new AgencyViews(agencies, site);
        var shownPlans = paging.PlansOn(page).ToHashSet();
        var shown = agencies.Agencies.Where(a => a.Plans.Any(shownPlans.Contains)).ToList();
        var plans = views.PlansWithAgencies().Where(shownPlans.Contains).ToList();
        var kindCounts = agencies.Agencies.Where(a => a.Kind is not null).GroupBy(a => a.Kind!).ToDictionary(g => g.Key, g => g.Count());
        var kindGroups = agencies.Kinds
            .GroupBy(k => k.Group, StringComparer.Ordinal)
            .Select((g, i) => new AgencyKindGroupView(
                $"kind-group-{i + 1}",
                g.Key,
                g.Select(k => new AgencyKindLinkView(k.Name, Routes.AgencyKind(k.Id), $"{kindCounts[k]} 个")).ToList()))
            .ToList();
        var tableGroups = shown
            .GroupBy(a => a.Kind)
            .Select(g => g.Key is { } kind
                ? new AgencyTableGroupView("kind-" + kind.Id, kind.Name, Routes.AgencyKind(kind.Id), g.SelectMany(views.Rows).ToList())
                : new AgencyTableGroupView(AgencyViews.UnregisteredGroupId, AgencyViews.UnregisteredKindName, null, g.SelectMany(views.Rows).ToList()))
            .ToList();
        var places = paging.Entries(page).Where(e => e.Linked).Select(e => new PlaceLinkView(
            e.Node.Name, $"{e.Node.Count} 部方案", PlacePaging.Link(Routes.Agencies, e.Node))).ToList();

        var names = string.Join("、", plans.Select(p => p.Metadata.Label));
        var intro = shownPlans.Count == 0 ? $"其余方案按地区列在下方。"
            : plans.Count == 0
            ? "收录的方案都没有逐条列明责任单位。"
            : $"{(page.IsRoot ? "收录的" : page.Name + "的")} {shownPlans.Count} 部方案中，{plans.Count} 部逐条列明了每项措施的牵头单位和参加单位（{names}）。" +
              $"下表列出这些方案中的 {shown.Count} 个责任单位，按类别分组，以及各单位牵头和参加的措施数；“县级有关部门”“各乡镇（街道）”等泛称不计为单位。";
        return new AgencyIndexView
        {
            Intro = intro,
            Plans = plans.Select(AgencyViews.PlanLink).ToList(),
            AgencyCount = shown.Count,
            Places = places,
            KindGroups = kindGroups,
            TableGroups = tableGroups,
            Caption = "各责任单位牵头和参加的措施数，按类别分组",
            DataHref = Routes.AgencyData,
            CsvHref = Routes.AgencyCsv,
        };
    }
}
