using PlanAtlas.Diagnostics;
using PlanAtlas.Model;

namespace PlanAtlas.Pipeline;

public sealed record BuildResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    StageTimings Timings,
    SiteModel? Site,
    int FileCount,
    long TotalBytes)
{
    /// <summary>The pages a preview rebuild kept as last written, because the edit did not affect them; empty otherwise.</summary>
    public IReadOnlyCollection<string> KeptPages { get; init; } = [];
}
