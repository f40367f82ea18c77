using PlanAtlas.Render.Views;
using PlanAtlas.Routing;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;
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
        var model = Model(site);
        var shell = context.Shell(
            Routes.Agencies,
            "责任单位索引",
            model.HasAgencies ? $"各方案列明的 {model.AgencyCount} 个牵头单位和参加单位，以及各单位牵头和参加的措施。" : "各方案列明的牵头单位和参加单位。",
            [new NavLink("首页", Routes.Home), new NavLink("责任单位", Routes.Agencies, Current: true)],
            Routes.Agencies);
        yield return context.Page("agency-index", model.HasAgencies ? shell with { Scripts = [Script] } : shell, model);
    }

    public AgencyIndexView Model(SiteModel site)
    {
        var views = new AgencyViews(agencies, site);
        var plans = views.PlansWithAgencies();
        var kindCounts = agencies.Agencies.Where(a => a.Kind is not null).GroupBy(a => a.Kind!).ToDictionary(g => g.Key, g => g.Count());
        var kindGroups = agencies.Kinds
            .GroupBy(k => k.Group, StringComparer.Ordinal)
            .Select((g, i) => new AgencyKindGroupView(
                $"kind-group-{i + 1}",
                g.Key,
                g.Select(k => new AgencyKindLinkView(k.Name, Routes.AgencyKind(k.Id), $"{kindCounts[k]} 个")).ToList()))
            .ToList();
        var tableGroups = agencies.Agencies
            .GroupBy(a => a.Kind)
            .Select(g => g.Key is { } kind
                ? new AgencyTableGroupView("kind-" + kind.Id, kind.Name, Routes.AgencyKind(kind.Id), g.SelectMany(views.Rows).ToList())
                : new AgencyTableGroupView(AgencyViews.UnregisteredGroupId, AgencyViews.UnregisteredKindName, null, g.SelectMany(views.Rows).ToList()))
            .ToList();

        var names = string.Join("、", plans.Select(p => p.Metadata.Label));
        var intro = plans.Count == 0
            ? "收录的方案都没有逐条列明责任单位。"
            : $"收录的 {site.Plans.Count} 部方案中，{plans.Count} 部逐条列明了每项措施的牵头单位和参加单位（{names}）。" +
              $"下表列出这些方案中的 {agencies.Agencies.Count} 个责任单位，按类别分组，以及各单位牵头和参加的措施数；“县级有关部门”“各乡镇（街道）”等泛称不计为单位。";
        return new AgencyIndexView
        {
            Intro = intro,
            Plans = plans.Select(AgencyViews.PlanLink).ToList(),
            AgencyCount = agencies.Agencies.Count,
            KindGroups = kindGroups,
            TableGroups = tableGroups,
            Caption = "各责任单位牵头和参加的措施数，按类别分组",
            DataHref = Routes.AgencyData,
            CsvHref = Routes.AgencyCsv,
        };
    }
}
