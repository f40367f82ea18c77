using PlanAtlas.Data;
using PlanAtlas.Load;
using PlanAtlas.Model;
using PlanAtlas.Structure;
using PlanAtlas.Write;

namespace PlanAtlas.Pipeline;

/// <summary>
/// The whole build: load → structure → analyse → render → post-process → write. Each stage is a small
/// class; this one only runs them in order and stops before writing when any stage reported an error.
/// </summary>
public sealed class SitePipeline(BuildContext context)
{
    public BuildResult Build()
    {
        var timings = new StageTimings();
        var diagnostics = context.Diagnostics;

        context.Report("load");
        var loaded = timings.Time("load", () => new LoadPlans().Run(context));

        context.Report("structure");
        var structure = new BuildProvisionTree();
        var plans = timings.Time("structure", () => loaded.Select(p => structure.Run(p, diagnostics)).ToList());
        var site = new SiteModel { Plans = plans };
        if (diagnostics.HasErrors)
        {
            return Fail(timings, site);
        }

        var files = new SiteFiles();
        context.Report("data");
        timings.Time("data", () => new WriteOpenData().Run(site, files));

        context.Report("write");
        var staging = timings.Time("write", () => AtomicSiteWriter.WriteStaging(files, context.Settings.OutputPath));
        if (diagnostics.HasErrors)
        {
            AtomicSiteWriter.Discard(staging);
            return Fail(timings, site);
        }

        timings.Time("swap", () => AtomicSiteWriter.Swap(staging, context.Settings.OutputPath));
        return new BuildResult(true, diagnostics.Items, timings, site, files.Count, files.TotalBytes);
    }

    private BuildResult Fail(StageTimings timings, SiteModel? site) =>
        new(false, context.Diagnostics.Items, timings, site, 0, 0);
}
