using PlanAtlas.Routing;

namespace PlanAtlas.Render.ViewModels;

public sealed record ProvisionPageView
{
    public required PlanSummary Plan { get; init; }
    public required ProvisionView Provision { get; init; }

    public required CitationView Citations { get; init; }

    /// <summary>四川省 › 达州市 › 渠县; null for a plan that names no place.</summary>
    public PlaceChainView? Places { get; init; }
    public required PrintSourceView Print { get; init; }
    public NeighbourLink? Previous { get; init; }
    public NeighbourLink? Next { get; init; }
}

public sealed record NeighbourLink(string Label, SiteLink Href);
