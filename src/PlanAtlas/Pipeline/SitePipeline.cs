using HandlebarsDotNet;
using PlanAtlas.Data;
using PlanAtlas.Diagnostics;
using PlanAtlas.Load;
using PlanAtlas.Model;
using PlanAtlas.PostProcess;
using PlanAtlas.Render;
using PlanAtlas.Render.Theme;
using PlanAtlas.Structure;
using PlanAtlas.Write;

namespace PlanAtlas.Pipeline;

/// <summary>
/// The whole build: load → structure → render → post-process → write → check. Each stage is a small class;
/// this one only runs them in order, and swaps the new site in only when no stage reported an error.
/// </summary>
public sealed class SitePipeline(BuildContext context)
{
    public BuildResult Build()
    {
        var timings = new StageTimings();
        var diagnostics = context.Diagnostics;
        var settings = context.Settings;

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

        context.Report("render");
        if (!TryRender(site, files, timings))
        {
            return Fail(timings, site);
        }

        context.Report("post-process");
        timings.Time("post-process", () => new ProcessHtml([new RewriteLinks(settings.BaseUrl), new AddHeadingAnchors()]).Run(files));

        context.Report("write");
        var staging = timings.Time("write", () => AtomicSiteWriter.WriteStaging(files, settings.OutputPath));

        context.Report("check links");
        timings.Time("check links", () => new CheckLinks(staging, context.DisplayPath(settings.OutputPath), diagnostics).Run());
        if (diagnostics.HasErrors)
        {
            AtomicSiteWriter.Discard(staging);
            return Fail(timings, site);
        }

        timings.Time("swap", () => AtomicSiteWriter.Swap(staging, settings.OutputPath));
        return new BuildResult(true, diagnostics.Items, timings, site, files.Count, files.TotalBytes);
    }

    private bool TryRender(SiteModel site, SiteFiles files, StageTimings timings)
    {
        try
        {
            timings.Time("render", () => new RenderPages(context.Settings, context.BuildDate).Run(site, files));
            return true;
        }
        catch (Exception ex) when (ex is TemplateException or HandlebarsException or FileNotFoundException)
        {
            var at = SourceLocation.StartOf(context.DisplayPath(context.Settings.ThemePath));
            context.Diagnostics.Error(DiagnosticCodes.TemplateError, at, ex.Message);
            return false;
        }
    }

    private BuildResult Fail(StageTimings timings, SiteModel? site) =>
        new(false, context.Diagnostics.Items, timings, site, 0, 0);
}
