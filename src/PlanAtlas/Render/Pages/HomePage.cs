using PlanAtlas.Render.Views;
using PlanAtlas.Routing;
using PlanAtlas.Model;
using PlanAtlas.Model.Jurisdictions;
using PlanAtlas.Render.Theme;
using PlanAtlas.Render.ViewModels;

namespace PlanAtlas.Render.Pages;

/// <summary>
/// The home page: what the site is, the plans by place (province → prefecture → county), and the ways in; and, when
/// the corpus is too large for one page (<see cref="PlacePaging"/>), a page per place (/places/&lt;code&gt;/).
/// </summary>
public sealed class HomePage(RenderContext context, PlanViews views, PlacePaging paging, IReadOnlyList<EntryPoint> entryPoints) : IPageSource
{
    public IEnumerable<RenderedPage> Render(SiteModel site)
    {
        var shell = context.Shell(Routes.Home, context.Settings.SiteTitle, context.Settings.SiteDescription, section: Routes.Home);
        yield return context.Page("home", shell, Model(site), site.Plans);
        foreach (var node in paging.Pages.Where(n => !n.IsRoot))
        {
            yield return PlacePage(node);
        }
    }

    public HomeView Model(SiteModel site) => new()
    {
        PlanCount = site.Plans.Count,
        ProvisionCount = site.Plans.Sum(p => p.Provisions.Count),
        Places = new PlaceViews(views).Tree(paging, paging.Tree.Root),
        EntryPoints = entryPoints,
    };

    private RenderedPage PlacePage(PlaceNode node)
    {
        var path = Routes.Place(node.Key);
        var crumbs = PlacePaging.Crumbs(node, n => Routes.Place(n.Key)).Prepend(new NavLink("首页", Routes.Home)).ToList();
        var shell = context.Shell(path, $"{node.Name}的方案", $"{node.Name}及其下辖地区的 {node.Count} 部法治社会建设实施方案。", crumbs, Routes.Home);
        return context.Page("place", shell, new PlacePageView(node.Name, node.Count, new PlaceViews(views).Tree(paging, node)), node.AllPlans);
    }
}
