using PlanAtlas.Render.Views;
using PlanAtlas.Routing;
using PlanAtlas.Model;
using PlanAtlas.Render.Theme;
using PlanAtlas.Render.ViewModels;

namespace PlanAtlas.Render.Pages;

/// <summary>The home page: what the site is, the plans by place (province → prefecture → county), and the ways in.</summary>
public sealed class HomePage(RenderContext context, PlanViews views, IReadOnlyList<EntryPoint> entryPoints) : IPageSource
{
    public IEnumerable<RenderedPage> Render(SiteModel site)
    {
        var shell = context.Shell(Routes.Home, context.Settings.SiteTitle, context.Settings.SiteDescription, section: Routes.Home);
        yield return context.Page("home", shell, Model(site));
    }

    public HomeView Model(SiteModel site)
    {
        return new HomeView
        {
            PlanCount = site.Plans.Count,
            ProvisionCount = site.Plans.Sum(p => p.Provisions.Count),
            Places = new PlaceViews(site, views).Tree(),
            EntryPoints = entryPoints,
        };
    }
}
