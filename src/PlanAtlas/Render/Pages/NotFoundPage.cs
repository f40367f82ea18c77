using PlanAtlas.Routing;
using PlanAtlas.Model;
using PlanAtlas.Render.ViewModels;

namespace PlanAtlas.Render.Pages;

/// <summary>
/// 404.html. A host serves it at whatever address was missing, so relative links cannot work there:
/// the link rewriter makes its links absolute when a base URL is set (see <c>data-absolute-links</c>).
/// </summary>
public sealed class NotFoundPage(RenderContext context) : IPageSource
{
    public IEnumerable<RenderedPage> Render(SiteModel site)
    {
        var shell = context.Shell(Routes.NotFound, "找不到该页面", "您要找的页面不存在。") with { NoIndex = true, Canonical = null, AbsoluteLinks = true };
        yield return context.Page("404", shell, new NotFoundView(Routes.Home));
    }
}
