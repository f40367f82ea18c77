using PlanAtlas.Check;
using PlanAtlas.Model;

namespace PlanAtlas.Pipeline;

/// <summary>
/// The site a preview session last wrote to its output folder: its model, its pages' link records, its shape and what
/// each page declared it shows (<see cref="PageReuse.DependsOn"/>) and the parts of its site-wide data files (<see cref="PageReuse.Parts"/>).
/// Kept only once a build is written, so a failed build never becomes what later builds compare with.
/// </summary>
public sealed record WrittenSite(SiteModel Site, SiteLinks Links, SiteShape Shape, IReadOnlyDictionary<string, int[]?> DependsOn, IReadOnlyDictionary<string, object> Parts);
