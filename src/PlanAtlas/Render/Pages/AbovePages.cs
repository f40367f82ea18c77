using PlanAtlas.Model;
using PlanAtlas.Render.Theme;
using PlanAtlas.Render.ViewModels;
using PlanAtlas.Render.Views;
using PlanAtlas.Routing;

namespace PlanAtlas.Render.Pages;

/// <summary>
/// "Compare with the plan above" (/plans/&lt;plan&gt;/above/&lt;measure&gt;/): for each plan and each measure it has,
/// its provisions beside those of its nearest ancestor in the corpus (渠县 → 达州市, else 四川省), or beside the
/// outline's measure when no plan above has it. One page per plan and measure: the count grows with the plans, never
/// with their square.
/// </summary>
public sealed class AbovePages(RenderContext context, CompareViews compare) : IPageSource
{
    public IEnumerable<RenderedPage> Render(SiteModel site)
    {
        if (site.Topics.Count == 0)
        {
            return [];
        }

        var data = compare.Data(site);
        return site.Topics.SelectMany(topic => data.PlansOf(topic).Select(own => Render(data, topic, own)));
    }

    private RenderedPage Render(CompareData data, Topic topic, Analyse.Topics.Counterpart own)
    {
        // Looked up only for a page that is rendered, or whose dependencies a rebuild asks for: a national site
        // describes tens of thousands of these pages, and a rebuild keeps most of them.
        var found = new Lazy<AboveMatch>(() => data.Above(topic, own.Plan));
        var path = Routes.Above(own.Plan.Slug, topic.Id);
        return context.Page("compare-above", path, () =>
        {
            var (above, missing) = found.Value;
            var heading = CompareViews.AboveHeading(topic, own, above);
            var shell = context.Shell(
                path,
                heading,
                $"{heading}：与上级方案逐句对照。",
                [new NavLink("首页", Routes.Home), new NavLink(own.Plan.Metadata.Label, Routes.Plan(own.Plan.Slug)),
                 new NavLink($"与上级方案对照：{CompareViews.Label(topic)}", path, Current: true)],
                Routes.Compare);
            // The diff is computed on the render stage's threads, and only for a page that is written.
            return (shell, compare.Above(data, topic, own, above, missing));
        }, Shown(own.Plan, found));
    }

    private static IEnumerable<Plan> Shown(Plan own, Lazy<AboveMatch> found)
    {
        yield return own;
        if (found.Value.Above is { } above)
        {
            yield return above.Plan;
        }
    }
}
