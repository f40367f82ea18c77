using PlanAtlas.Routing;

namespace PlanAtlas.Render.ViewModels;

/// <param name="Plans">The plans whose sources the page lists: all of a small site's; on a large one, none (each plan's
/// page and the place pages give its source), so that the page does not grow with the corpus.</param>
/// <param name="PlanCount">How many plans the site has.</param>
public sealed record AboutView(IReadOnlyList<PlanSummary> Plans, int PlanCount)
{
    public bool ListsAll => Plans.Count == PlanCount;

    public bool HasPlans => Plans.Count > 0;

    public SiteLink ProvisionsCsvHref => Routes.ProvisionsCsv;

    public SiteLink AgencyCsvHref => Routes.AgencyCsv;

    public SiteLink DataHref => Routes.DataIndex;

    public SiteLink HomeHref => Routes.Home;
}

public sealed record NotFoundView(SiteLink HomeHref);

public sealed record RedirectView(SiteLink Target, string Label);
