using PlanAtlas.Routing;

namespace PlanAtlas.Render.ViewModels;

/// <summary>
/// "The same measure in other plans" beside a provision: the outline measure it was aligned to, a link to the
/// measure's comparison page, and the other plans' provisions of it. A local measure (no topic) links to the
/// plan's list of local measures instead.
/// </summary>
public sealed record SameMeasureView
{
    /// <summary>The measure's name (<c>（一）维护宪法权威</c>), or the local-measure label.</summary>
    public required string Measure { get; init; }

    /// <summary>The measure's comparison page, or the plan's local measures on the comparison index.</summary>
    public required SiteLink MeasureHref { get; init; }

    public bool IsLocal { get; init; }

    /// <summary>Set when the machine placed this provision under the measure with a low score.</summary>
    public UncertainMark? Uncertain { get; init; }

    /// <summary>This plan's provisions of the measure beside the plan above's; null for a local measure.</summary>
    public SiteLink? AboveHref { get; init; }

    public required IReadOnlyList<CounterpartView> Plans { get; init; }

    public bool HasPlans => Plans.Count > 0;

    /// <summary>What to say after the list: how many more plans the measure's page shows, or that no other plan has it.</summary>
    public string? Remark { get; init; }
}

/// <summary>One other plan's provisions of the same measure (the first few), and "等 4 条" when it has more.</summary>
public sealed record CounterpartView(string Plan, IReadOnlyList<CounterpartLink> Provisions, string? MoreText = null);

/// <summary>A counterpart provision: its number as link text, its full label for the tooltip.</summary>
public sealed record CounterpartLink(string Number, string Label, SiteLink Href);
