using PlanAtlas.Routing;

namespace PlanAtlas.Render.ViewModels;

public sealed record AboutView(IReadOnlyList<PlanSummary> Plans);

public sealed record NotFoundView(SiteLink HomeHref);

public sealed record RedirectView(SiteLink Target, string Label);
