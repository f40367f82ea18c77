using PlanAtlas.Render.Views;
using PlanAtlas.Routing;
using PlanAtlas.Model;
using PlanAtlas.Render.Theme;
using PlanAtlas.Render.ViewModels;

namespace PlanAtlas.Render.Pages;

/// <summary>
/// A page per measure of the outline that at least one plan has (/compare/&lt;topic&gt;/): the plans side by side,
/// each provision in full with its note and a link back; on a large corpus a page per place as well
/// (/compare/&lt;topic&gt;/in/&lt;code&gt;/, <see cref="PlacePaging"/>); and the two-plan comparisons of the measure
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

        var data = compare.Data(site);
        return site.Topics.Where(t => data.PlansOf(t).Count > 0).SelectMany(t => Render(data, t));
    }

    private IEnumerable<RenderedPage> Render(CompareData data, Topic topic)
    {
        var pairs = compare.Pairs(data, topic);
        var label = CompareViews.Label(topic);
        var topicCrumb = new NavLink(label, Routes.Measure(topic.Id));

        // The pair pages first: their diffs run on every core, and the measure page, which lists the pairs with their
        // shares, finds them done.
        foreach (var pair in pairs)
        {
            var path = Routes.Pair(topic.Id, pair.Left.Plan.Slug, pair.Right.Plan.Slug);
            yield return context.Page("compare-pair", path, () =>
            {
                var heading = CompareViews.PairHeading(topic, pair.Left, pair.Right);
                var pairShell = context.Shell(
                    path,
                    heading,
                    $"{heading}：两部方案的条文逐句对照，标出两者共有的词句。",
                    [new NavLink("首页", Routes.Home), new NavLink("对照", Routes.Compare), topicCrumb,
                     new NavLink($"{pair.Left.Plan.Metadata.Label}与{pair.Right.Plan.Metadata.Label}", path, Current: true)],
                    Routes.Compare);
                return (pairShell, compare.Pair(topic, pair.Result, data.Site));
            }, [pair.Left.Plan, pair.Right.Plan]);
        }

        foreach (var node in data.Places.Pages.Where(n => n.AllPlans.Any(p => data.Has(topic, p))))
        {
            var path = PlacePaging.Link(Routes.Measure(topic.Id), node);
            yield return context.Page("compare-topic", path, () =>
            {
                var crumbs = new List<NavLink> { new("首页", Routes.Home), new("对照", Routes.Compare), topicCrumb with { Current = node.IsRoot } };
                crumbs.AddRange(PlacePaging.Crumbs(node, n => PlacePaging.Link(Routes.Measure(topic.Id), n)));

                var where = node.IsRoot ? "各地" : node.Name + "及其下辖地区";
                var shell = context.Shell(
                    path,
                    node.IsRoot ? $"{label} · 各方案对照" : $"{label} · {node.Name} · 各方案对照",
                    $"纲要{label}：{where}方案的对应条文并排对照。",
                    crumbs,
                    Routes.Compare);
                var shown = node.IsRoot ? pairs : [];
                return (shell with { Scripts = [Script] }, compare.Topic(data, topic, shown.Select(p => p.Result).ToList(), node));
            }, node.AllPlans);
        }
    }
}
