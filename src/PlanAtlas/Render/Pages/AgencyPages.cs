using PlanAtlas.Render.Views;
using PlanAtlas.Routing;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;
using PlanAtlas.Render.Theme;
using PlanAtlas.Render.ViewModels;

namespace PlanAtlas.Render.Pages;

/// <summary>
/// A page per agency (/agencies/&lt;slug&gt;/): the measures it leads and those it joins, each linked to its provision
/// with the other leaders, grouped by topic where alignment placed them and by the plan's part heading otherwise.
/// </summary>
public sealed class AgencyPages(RenderContext context, AgencyIndex agencies) : IPageSource
{
    public IEnumerable<RenderedPage> Render(SiteModel site)
    {
        var views = new AgencyViews(agencies, site);
        foreach (var agency in agencies.Agencies)
        {
            yield return context.Page("agency", Routes.Agency(agency.Slug), () => (Shell(agency), Model(views, agency)), agency.Plans);
        }
    }

    private PageShell Shell(Agency agency)
    {
        var crumbs = new List<NavLink> { new("首页", Routes.Home), new("责任单位", Routes.Agencies) };
        if (agency.Kind is { } kind)
        {
            crumbs.Add(new NavLink(kind.Name, Routes.AgencyKind(kind.Id)));
        }

        crumbs.Add(new NavLink(agency.Name, Routes.Agency(agency.Slug), Current: true));
        return context.Shell(
            Routes.Agency(agency.Slug),
            agency.Name,
            $"{agency.Name}在{string.Join("、", agency.Plans.Select(p => p.Metadata.Title))}中牵头 {agency.LeadCount} 项、参加 {agency.JoinCount} 项措施。",
            crumbs,
            Routes.Agencies);
    }

    public AgencyPageView Model(SiteModel site, Agency agency) => Model(new AgencyViews(agencies, site), agency);

    private static AgencyPageView Model(AgencyViews views, Agency agency)
    {
        var showPlan = agency.Plans.Count > 1;
        var grouping = views.HasPlacements(agency.Assignments)
            ? "按《法治社会建设实施纲要》的措施分组，纲要中没有对应措施的单列"
            : "按方案的章节分组";
        return new AgencyPageView
        {
            Name = agency.Name,
            Slug = agency.Slug,
            KindName = AgencyViews.KindName(agency),
            KindHref = agency.Kind is { } kind ? Routes.AgencyKind(kind.Id) : null,
            IsRegistered = agency.IsRegistered,
            JurisdictionName = agency.Jurisdiction.Name,
            Plans = agency.Plans.Select(AgencyViews.PlanLink).ToList(),
            WrittenText = string.Join("、", agency.WrittenForms),
            LeadCount = agency.LeadCount,
            JoinCount = agency.JoinCount,
            GroupingText = grouping,
            Sections = views.Sections(agency, "agency-", showPlan),
        };
    }
}
