using PlanAtlas.Model;

namespace PlanAtlas.Render.Pages;

/// <summary>Renders one kind of page (home, plan, provision …) for the whole site.</summary>
public interface IPageSource
{
    IEnumerable<RenderedPage> Render(SiteModel site);
}
