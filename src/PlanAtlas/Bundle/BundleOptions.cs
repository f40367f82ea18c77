namespace PlanAtlas.Bundle;

/// <summary>What goes into a training bundle: all plans and measures, or the ones a trainer names.</summary>
/// <param name="Places">GB/T 2260 codes: the plans at or under these places (a province's bundle: <c>--places 510000</c>).</param>
public sealed record BundleOptions(string OutputZip, IReadOnlySet<string>? Plans = null, IReadOnlySet<string>? Topics = null, IReadOnlySet<string>? Places = null)
{
    public bool IsSubset => Plans is not null || Topics is not null || Places is not null;
}
