using PlanAtlas.Render.Views;
using PlanAtlas.Routing;
using PlanAtlas.Model;
using PlanAtlas.Render.Theme;
using PlanAtlas.Render.ViewModels;

namespace PlanAtlas.Render.Pages;

/// <summary>
/// The comparison index (/compare/): a table of the outline's measures (rows, grouped by the outline's parts) × the
/// plans (columns), each cell the number of the plan's provisions of that measure, linked to them on the measure's
/// page; and the provisions that match no measure. No page when the site has no topics (no input/topics.yml).
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

        var shell = context.Shell(
            Routes.Compare,
            Title,
            $"《法治社会建设实施纲要》{site.Topics.Count} 项措施在 {site.Plans.Count} 部地方方案中的对应条目一览，逐项并排对照。",
            [new NavLink("首页", Routes.Home), new NavLink(Title, Routes.Compare, Current: true)],
            Routes.Compare);
        yield return context.Page("compare", shell, Model(site));
    }

    public CompareIndexView Model(SiteModel site) => compare.Index(compare.Data(site));

    /// <summary>The home page's way in to the comparison (for <see cref="HomePage"/>'s entry points).</summary>
    public static EntryPoint EntryPoint(SiteModel site) => new(
        "逐项对照",
        $"纲要 {site.Topics.Count} 项措施，各方案怎么写，并排阅读、逐字比较",
        Routes.Compare);
}
