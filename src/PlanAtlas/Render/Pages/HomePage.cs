using PlanAtlas.Render.Views;
using PlanAtlas.Routing;
using PlanAtlas.Model;
using PlanAtlas.Render.Theme;
using PlanAtlas.Render.ViewModels;

namespace PlanAtlas.Render.Pages;

/// <summary>The home page: what the site is, the plans grouped by level, and the ways in.</summary>
public sealed class HomePage(RenderContext context, PlanViews views, IReadOnlyList<EntryPoint> entryPoints) : IPageSource
{
    public IEnumerable<RenderedPage> Render(SiteModel site)
    {
        var shell = context.Shell(Routes.Home, context.Settings.SiteTitle, context.Settings.SiteDescription, section: Routes.Home);
        yield return context.Page("home", shell, Model(site));
    }

    public HomeView Model(SiteModel site)
    {
        var groups = site.Plans
            .OrderBy(p => p.Metadata.Level).ThenBy(p => p.Metadata.Issued ?? DateOnly.MaxValue).ThenBy(p => p.Slug, StringComparer.Ordinal)
            .GroupBy(p => p.Metadata.Level)
            .Select(g => new LevelGroup(PlanViews.LevelName(g.Key), g.Select(views.Summary).ToList()))
            .ToList();
        return new HomeView
        {
            PlanCount = site.Plans.Count,
            ProvisionCount = site.Plans.Sum(p => p.Provisions.Count),
            Groups = groups,
            EntryPoints = entryPoints,
        };
    }
}
