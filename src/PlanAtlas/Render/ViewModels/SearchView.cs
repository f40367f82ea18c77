using PlanAtlas.Routing;

namespace PlanAtlas.Render.ViewModels;

/// <summary>
/// The search page: the filters' choices, built from the site model. Bounded at any number of plans: a plan is
/// chosen by naming it in the query (大足区 法律援助), so the page lists provinces and measures, never every plan.
/// </summary>
public sealed record SearchView
{
    public required int PlanCount { get; init; }
    public required int ProvisionCount { get; init; }

    /// <summary>The province-level places of the plans, by code; empty when no plan names its place.</summary>
    public required IReadOnlyList<SearchProvinceOption> Provinces { get; init; }

    /// <summary>The national outline's measures that at least one provision is placed under, in outline order.</summary>
    public required IReadOnlyList<SearchTopicOption> Topics { get; init; }

    /// <summary>Where a reader without JavaScript finds every plan (organised by place) to search with Ctrl+F.</summary>
    public required SiteLink PlansHref { get; init; }

    public bool HasProvinces => Provinces.Count > 0;

    public bool HasTopics => Topics.Count > 0;
}

/// <summary>A province in the province filter: the GB/T 2260 code is the value, 四川省 the label.</summary>
public sealed record SearchProvinceOption(string Code, string Name);

/// <summary>A measure in the measure filter: <c>（四）维护宪法权威</c>.</summary>
public sealed record SearchTopicOption(string Id, string Label);
