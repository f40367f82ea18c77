using PlanAtlas.Routing;

namespace PlanAtlas.Render.ViewModels;

public sealed record HomeView
{
    public required int PlanCount { get; init; }
    public required int ProvisionCount { get; init; }
    /// <summary>The plans by place: province → prefecture → county.</summary>
    public required IReadOnlyList<PlaceNodeView> Places { get; init; }
    public required IReadOnlyList<EntryPoint> EntryPoints { get; init; }
    public bool HasEntryPoints => EntryPoints.Count > 0;
}

public sealed record EntryPoint(string Title, string Description, SiteLink Href);
