using PlanAtlas.Routing;

namespace PlanAtlas.Render.ViewModels;

public sealed record AboutView(IReadOnlyList<PlanSummary> Plans)
{
    public SiteLink ProvisionsCsvHref => Routes.ProvisionsCsv;

    public SiteLink AgencyCsvHref => Routes.AgencyCsv;

    public SiteLink DataHref => Routes.DataIndex;
}

public sealed record NotFoundView(SiteLink HomeHref);

public sealed record RedirectView(SiteLink Target, string Label);
