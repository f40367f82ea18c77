namespace PlanAtlas.Bundle;

/// <summary>What goes into a training bundle: all plans and measures, or the ones a trainer names.</summary>
public sealed record BundleOptions(string OutputZip, IReadOnlySet<string>? Plans = null, IReadOnlySet<string>? Topics = null)
{
    public bool IsSubset => Plans is not null || Topics is not null;
}
