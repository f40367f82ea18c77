using PlanAtlas.Analyse.Agencies;
using PlanAtlas.Analyse.Compare;
using PlanAtlas.Analyse.Topics;
using PlanAtlas.Load;
using PlanAtlas.Search;
using PlanAtlas.Write;

namespace PlanAtlas.Pipeline;

/// <summary>
/// What a long-running session (preview) keeps from one build to the next so that a rebuild after a small edit
/// costs little: each plan file's loaded and structured plan and its placements (reused while the file and the
/// topics stay the same), each place's agencies, the two-plan diffs, the search index's posting lists and the files last written. A one-off build has none.
/// </summary>
public sealed class BuildCache
{
    public PlanFileCache PlanFiles { get; } = new();

    public AlignmentCache Alignments { get; } = new();

    public AgencyIndexCache Agencies { get; } = new();

    public ComparisonCache Comparisons { get; } = new();

    public SearchIndexCache Search { get; } = new();

    public IncrementalSiteWriter Writer { get; } = new();

    /// <summary>The site last written, which a rebuild compares with to keep the pages an edit does not affect.</summary>
    public WrittenSite? LastWritten { get; set; }
}
