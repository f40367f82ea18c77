using PlanAtlas.Render.Views;
using PlanAtlas.Routing;
using PlanAtlas.Model;
using PlanAtlas.Render.Theme;
using PlanAtlas.Render.ViewModels;

namespace PlanAtlas.Render.Pages;

/// <summary>About: where each plan was published and when, and what the site does with them.</summary>
public sealed class AboutPage(RenderContext context, PlanViews views) : IPageSource
{
    public IEnumerable<RenderedPage> Render(SiteModel site)
    {
        var paging = PlacePaging.Of(site);
        var model = new AboutView(paging.PlansOn(paging.Tree.Root).Select(views.Summary).ToList(), site.Plans.Count);
        var shell = context.Shell(Routes.About, "关于本站", "本站收录的方案来源、发布时间和使用方法。",
            [new NavLink("首页", Routes.Home), new NavLink("关于本站", Routes.About, Current: true)], Routes.About);
        yield return context.Page("about", shell, model);
    }
}
