using PlanAtlas.Routing;

namespace PlanAtlas.Render.ViewModels;

/// <summary>The search page: the filters' choices, built from the site model, and the plans to read without JavaScript.</summary>
public sealed record SearchView
{
    public required int PlanCount { get; init; }
    public required int ProvisionCount { get; init; }
    public required IReadOnlyList<SearchPlanOption> Plans { get; init; }

    /// <summary>The national outline's measures that at least one provision is placed under, in outline order.</summary>
    public required IReadOnlyList<SearchTopicOption> Topics { get; init; }

    public bool HasTopics => Topics.Count > 0;
}

/// <summary>A plan in the plan filter (<see cref="Slug"/> is the value) and in the list shown without JavaScript.</summary>
public sealed record SearchPlanOption(string Slug, string Short, string Title, SiteLink Href);

/// <summary>A measure in the measure filter: <c>（四）维护宪法权威</c>.</summary>
public sealed record SearchTopicOption(string Id, string Label);
