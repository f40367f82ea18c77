using PlanAtlas.Routing;
using PlanAtlas.Model;
using PlanAtlas.Render.ViewModels;

namespace PlanAtlas.Render.Pages;

/// <summary>
/// For each alias in a plan's front matter (old id → current id), a page at the old address that sends the
/// reader on to the renumbered provision, so that links in old course material keep working.
/// </summary>
public sealed class AliasRedirectPages(RenderContext context) : IPageSource
{
    public IEnumerable<RenderedPage> Render(SiteModel site)
    {
        foreach (var plan in site.Plans)
        {
            foreach (var (oldId, newId) in plan.Metadata.Aliases.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                var target = plan.FindDivision(newId);
                if (target is null)
                {
                    continue; // reported by the structure stage
                }

                var href = target.IsProvision ? Routes.Provision(plan.Slug, newId) : Routes.Anchor(plan.Slug, newId);
                var shell = context.Shell(Routes.Provision(plan.Slug, oldId), $"已移至 {target.Label}", $"本条已重新编号为{target.Label}。") with
                {
                    Canonical = context.Absolute(href),
                    NoIndex = true,
                    RefreshTo = href,
                };
                yield return context.Page("redirect", shell, new RedirectView(href, $"{plan.Metadata.Label} {target.Label}"), [plan]);
            }
        }
    }
}
