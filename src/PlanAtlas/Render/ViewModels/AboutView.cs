namespace PlanAtlas.Render.ViewModels;

public sealed record AboutView(IReadOnlyList<PlanSummary> Plans);

public sealed record NotFoundView(string HomeHref);

public sealed record RedirectView(string Target, string Label);
