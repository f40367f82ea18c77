using PlanAtlas.Diagnostics;
using PlanAtlas.Model;

namespace PlanAtlas.Pipeline;

public sealed record BuildResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    StageTimings Timings,
    SiteModel? Site,
    int FileCount,
    long TotalBytes);
