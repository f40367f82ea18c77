using HandlebarsDotNet;
using PlanAtlas.Analyse.Agencies;
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
/// The whole build: load → structure → analyse → render → post-process → write → check. Each stage is a small
/// class; this one only runs them in order, and swaps the new site in only when no stage reported an error.
/// </summary>
public sealed class SitePipeline(BuildContext context)
{
    /// <summary>Builds the site and writes it to the output folder.</summary>
    public BuildResult Build()
    {
        var (result, files) = BuildFiles();
        if (files is null)
        {
            return result;
        }

        var settings = context.Settings;
        var timings = result.Timings;
        context.Report("write");
        var staging = timings.Time("write", () => AtomicSiteWriter.WriteStaging(files, settings.OutputPath));

        context.Report("check links");
        timings.Time("check links", () => new CheckLinks(staging, context.DisplayPath(settings.OutputPath), context.Diagnostics).Run());
        if (context.Diagnostics.HasErrors)
        {
            AtomicSiteWriter.Discard(staging);
            return Fail(timings, result.Site);
        }

        timings.Time("swap", () => AtomicSiteWriter.Swap(staging, settings.OutputPath));
        return new BuildResult(true, context.Diagnostics.Items, timings, result.Site, files.Count, files.TotalBytes);
    }

    /// <summary>Builds the site in memory, up to and including post-processing; files is null when a stage failed.</summary>
    public (BuildResult Result, SiteFiles? Files) BuildFiles()
    {
        var timings = new StageTimings();
        var site = BuildModel(timings);
        if (site is null)
        {
            return (Fail(timings, null), null);
        }

        var files = new SiteFiles();
        context.Report("data");
        timings.Time("data", () =>
        {
            new WriteOpenData().Run(site, files);
            new WriteAgencyData(site.Agencies).Run(site, files);
        });

        context.Report("render");
        if (!TryRender(site, files, timings))
        {
            return (Fail(timings, site), null);
        }

        context.Report("post-process");
        timings.Time("post-process", () => new ProcessHtml([new RewriteLinks(context.Settings.BaseUrl), new AddHeadingAnchors()]).Run(files));
        return (new BuildResult(true, context.Diagnostics.Items, timings, site, files.Count, files.TotalBytes), files);
    }

    /// <summary>Load, structure and analyse: the model every page reads. Null when the input has errors.</summary>
    public SiteModel? BuildModel(StageTimings timings)
    {
        var diagnostics = context.Diagnostics;
        context.Report("load");
        var loaded = timings.Time("load", () => new LoadPlans().Run(context));

        context.Report("structure");
        var structure = new BuildProvisionTree();
        var plans = timings.Time("structure", () => loaded.Select(p => structure.Run(p, diagnostics)).ToList());
        if (diagnostics.HasErrors)
        {
            return null;
        }

        context.Report("agencies");
        var agencies = timings.Time("agencies", () => new BuildAgencyIndex().Run(plans, new LoadAgencyRegistry().Run(context), diagnostics));
        return diagnostics.HasErrors ? null : new SiteModel { Plans = plans, Agencies = agencies };
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
