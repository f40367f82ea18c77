namespace PlanAtlas.Render.ViewModels;

/// <summary>
/// "Compare with the plan above": a plan's provisions of one measure beside those of the nearest plan above it in
/// the corpus, text only one has marked; or, without such a plan, beside the outline's measure.
/// </summary>
public sealed record AboveView
{
    public required CompareTopicHeader Topic { get; init; }
    public required string Heading { get; init; }
    public required string Summary { get; init; }
    public string? Legend { get; init; }

    /// <summary>The places above whose plans the corpus lacks, said plainly: 达州市的实施方案未收录.</summary>
    public string? Missing { get; init; }
    public required ComparePairSide Own { get; init; }

    /// <summary>Null when no plan above in the corpus has the measure: the outline's measure stands beside.</summary>
    public ComparePairSide? Above { get; init; }
}
