namespace PlanAtlas.Render.ViewModels;

/// <summary>
/// "Compare with the plan above": a plan's provisions of one measure beside those of the nearest plan above it in
/// the corpus, sentence by sentence (<see cref="Pair"/>); or, without such a plan, its provisions beside the
/// outline's measure (<see cref="Own"/>).
/// </summary>
public sealed record AboveView
{
    public required CompareTopicHeader Topic { get; init; }
    public required string Heading { get; init; }
    public required string Summary { get; init; }

    /// <summary>The places above whose plans the corpus lacks, said plainly: 达州市的实施方案未收录.</summary>
    public string? Missing { get; init; }

    /// <summary>The 条文对照 with the plan above; null when no plan above in the corpus has the measure.</summary>
    public ComparePairView? Pair { get; init; }

    /// <summary>Without a plan above: the plan's own provisions of the measure, beside the outline's measure.</summary>
    public CompareColumn? Own { get; init; }
}
