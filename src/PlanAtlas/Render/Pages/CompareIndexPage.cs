using PlanAtlas.Render.Charts;
using PlanAtlas.Render.Views;
using PlanAtlas.Routing;
using PlanAtlas.Model;
using PlanAtlas.Render.Theme;
using PlanAtlas.Render.ViewModels;

namespace PlanAtlas.Render.Pages;

/// <summary>
/// The comparison index (/compare/): a table of the outline's measures (rows, grouped by the outline's parts) × the
/// plans (columns), each cell the number of the plan's provisions of that measure, linked to them on the measure's
/// page, drawn first as a heat map; and the provisions that match no measure. No page when the site has no topics
/// (no input/topics.yml).
/// </summary>
public sealed class CompareIndexPage(RenderContext context, CompareViews compare) : IPageSource
{
    public const string Title = "纲要措施对照";

    public IEnumerable<RenderedPage> Render(SiteModel site)
    {
        if (site.Topics.Count == 0)
        {
            yield break;
        }

        var data = compare.Data(site);
        foreach (var node in data.Places.Pages)
        {
            var path = PlacePaging.Link(Routes.Compare, node);
            var crumbs = new List<NavLink> { new("首页", Routes.Home), new(Title, Routes.Compare, Current: node.IsRoot) };
            crumbs.AddRange(PlacePaging.Crumbs(node, n => PlacePaging.Link(Routes.Compare, n)));

            var where = node.IsRoot ? string.Empty : node.Name;
            var shell = context.Shell(
                path,
                node.IsRoot ? Title : $"{node.Name} · {Title}",
                $"《法治社会建设实施纲要》{site.Topics.Count} 项措施在{where} {node.Count} 部地方方案中的对应条目一览，逐项并排对照。",
                crumbs,
                Routes.Compare) with { PageStylesheets = [ChartFrame.Stylesheet] };
            yield return context.Page("compare", shell, () => compare.Index(data, node), node.AllPlans);
        }
    }

    /// <summary>The national index.</summary>
    public CompareIndexView Model(SiteModel site)
    {
        var data = compare.Data(site);
        return compare.Index(data, data.Places.Tree.Root);
    }

    /// <summary>The home page's way in to the comparison (for <see cref="HomePage"/>'s entry points).</summary>
    public static EntryPoint EntryPoint(SiteModel site) => new(
        "逐项对照",
        $"纲要 {site.Topics.Count} 项措施，各方案怎么写，并排阅读、逐句对照",
        Routes.Compare);
}
