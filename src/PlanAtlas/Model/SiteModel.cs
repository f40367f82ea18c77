namespace PlanAtlas.Model;

/// <summary>Everything the later stages read: the plans, built once.</summary>
public sealed class SiteModel
{
    public required IReadOnlyList<Plan> Plans { get; init; }

    public Plan? FindPlan(string slug) => Plans.FirstOrDefault(p => p.Slug == slug);
}
