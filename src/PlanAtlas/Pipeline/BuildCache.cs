using PlanAtlas.Analyse.Compare;
using PlanAtlas.Write;

namespace PlanAtlas.Pipeline;

/// <summary>
/// What a long-running session (preview) keeps from one build to the next so that a rebuild after a small edit
/// costs little: the two-plan diffs and the files last written. A one-off build has none.
/// </summary>
public sealed class BuildCache
{
    public ComparisonCache Comparisons { get; } = new();

    public IncrementalSiteWriter Writer { get; } = new();
}
