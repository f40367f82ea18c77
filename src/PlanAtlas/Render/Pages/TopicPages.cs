using PlanAtlas.Render.Views;
using PlanAtlas.Routing;
using PlanAtlas.Model;
using PlanAtlas.Render.Theme;
using PlanAtlas.Render.ViewModels;

namespace PlanAtlas.Render.Pages;

/// <summary>
/// A page per measure of the outline that at least one plan has (/compare/&lt;topic&gt;/): the plans side by side,
/// each provision in full with its note and a link back; and the two-plan comparisons of the measure
/// (/compare/&lt;topic&gt;/&lt;a&gt;--&lt;b&gt;/), which pairs as <see cref="CompareOptions"/> decides.
/// </summary>
public sealed class TopicPages(RenderContext context, CompareViews compare) : IPageSource
{
    public static readonly SiteLink Script = Routes.Asset("js/compare.js");

    public IEnumerable<RenderedPage> Render(SiteModel site)
    {
        if (site.Topics.Count == 0)
        {
            return [];
        }

        // The two-plan diffs are the costliest pages of the site: the measures are rendered in parallel, in order.
        var data = compare.Data(site);
        return site.Topics.Where(t => data.PlansOf(t).Count > 0).AsParallel().AsOrdered().SelectMany(t => Render(data, t)).ToList();
    }

    private IEnumerable<RenderedPage> Render(CompareData data, Topic topic)
    {
        var pairs = compare.Pairs(data, topic);
        var label = CompareViews.Label(topic);
        var topicCrumb = new NavLink(label, Routes.Measure(topic.Id));
        var shell = context.Shell(
            Routes.Measure(topic.Id),
            $"{label} · 各方案对照",
            $"纲要{label}：各地方案的对应条文并排对照。",
            [new NavLink("首页", Routes.Home), new NavLink("对照", Routes.Compare), topicCrumb with { Current = true }],
            Routes.Compare);
        yield return context.Page("compare-topic", shell with { Scripts = [Script] }, compare.Topic(data, topic, pairs));

        foreach (var pair in pairs)
        {
            var model = compare.Pair(topic, pair);
            var path = Routes.Pair(topic.Id, pair.Left.Plan.Slug, pair.Right.Plan.Slug);
            var pairShell = context.Shell(
                path,
                model.Heading,
                $"{model.Heading}，逐字标出两部方案相同和不同的文字。",
                [new NavLink("首页", Routes.Home), new NavLink("对照", Routes.Compare), topicCrumb,
                 new NavLink($"{pair.Left.Plan.Metadata.Label}与{pair.Right.Plan.Metadata.Label}", path, Current: true)],
                Routes.Compare);
            yield return context.Page("compare-pair", pairShell, model);
        }
    }
}
