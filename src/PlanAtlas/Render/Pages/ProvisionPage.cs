using PlanAtlas.Render.Views;
using PlanAtlas.Routing;
using PlanAtlas.Model;
using PlanAtlas.Render.Theme;
using PlanAtlas.Render.ViewModels;

namespace PlanAtlas.Render.Pages;

/// <summary>A page per provision: breadcrumbs, the text, its note, citation, and the previous and next provision.</summary>
public sealed class ProvisionPage(RenderContext context, PlanViews views) : IPageSource
{
    public IEnumerable<RenderedPage> Render(SiteModel site)
    {
        var legislation = new LegislationMetadata(site, context);
        var citations = new CitationTags(context);
        foreach (var plan in site.Plans)
        {
            var provisions = plan.Provisions;
            for (var i = 0; i < provisions.Count; i++)
            {
                var provision = provisions[i];
                var index = i;
                yield return context.Page("provision", Routes.Provision(plan.Slug, provision.Id), () =>
                {
                    var model = Model(plan, index);
                    var view = model.Provision;
                    var crumbs = new List<NavLink> { new("首页", Routes.Home), new(plan.Metadata.Label, Routes.Plan(plan.Slug)) };
                    crumbs.AddRange(provision.Ancestors.Select(a => new NavLink(a.Label, Routes.Anchor(plan.Slug, a.Id))));
                    crumbs.Add(new NavLink(provision.Label, view.PageHref, Current: true));
                    var shell = context.Shell(
                        view.PageHref,
                        $"{provision.Marker.Display}{provision.Title} · {plan.Metadata.Label}",
                        $"{view.Citation}：{provision.Title}",
                        crumbs);
                    return (shell with { Scripts = [Routes.Asset("js/plan.js")], JsonLd = legislation.ForProvision(plan, provision),
                        Meta = shell.Meta.Concat(citations.ForProvision(plan, provision)).ToList() }, model);
                }, PageDependencies.OfProvision(site, views.Counterparts, plan, provision));
            }
        }
    }

    /// <summary>The view model of the plan's provision number <paramref name="index"/> (0-based, document order).</summary>
    public ProvisionPageView Model(Plan plan, int index)
    {
        var provisions = plan.Provisions;
        var provision = provisions[index];
        return new ProvisionPageView
        {
            Plan = views.Summary(plan),
            Provision = views.Provision(plan, provision, headingLevel: 1),
            Citations = views.CitationsOf(plan, provision),
            Places = views.Places(plan),
            Print = views.PrintSource(plan, Routes.Provision(plan.Slug, provision.Id)),
            Previous = index > 0 ? Neighbour(plan, provisions[index - 1]) : null,
            Next = index < provisions.Count - 1 ? Neighbour(plan, provisions[index + 1]) : null,
        };
    }

    private static NeighbourLink Neighbour(Plan plan, Division d) => new(d.Label, Routes.Provision(plan.Slug, d.Id));
}
