using PlanAtlas.Analyse.Agencies;
using PlanAtlas.Analyse.Jurisdictions;
using PlanAtlas.Analyse.Synonyms;
using PlanAtlas.Analyse.Topics;
using PlanAtlas.Bundle;
using PlanAtlas.Data;
using PlanAtlas.Data.Akn;
using PlanAtlas.Diagnostics;
using PlanAtlas.Load;
using PlanAtlas.Model;
using PlanAtlas.Check;
using PlanAtlas.Render;
using PlanAtlas.Render.Theme;
using PlanAtlas.Routing;
using PlanAtlas.Search;
using PlanAtlas.Structure;
using PlanAtlas.Write;

namespace PlanAtlas.Pipeline;

/// <summary>
/// The whole build: load → structure → analyse → data and search index → render → check → write. Each stage is a small
/// class; this one only runs them in order, and swaps the new site in only when no stage reported an error.
/// </summary>
/// <param name="cache">Kept between the builds of a preview session; null for a one-off build.</param>
public sealed class SitePipeline(BuildContext context, BuildCache? cache = null)
{
    // What this build would leave for the next one of a preview session, once it is written.
    private WrittenSite? _written;

    /// <summary>Builds the site and writes it to the output folder.</summary>
    public BuildResult Build()
    {
        // Claimed before any work: a folder that may not be replaced is refused at once, and two builds never race.
        using var output = OutputFolder.Claim(context);
        if (output is null)
        {
            return Fail(new StageTimings(), null);
        }

        // Files are streamed to a staging folder as they are produced (preview: only the changed ones are kept), and
        // put in place only when every stage succeeded.
        IFileStore? store = null;
        var (result, files) = BuildFiles(store: () => store = cache is null
            ? new FolderFileStore(AtomicSiteWriter.BeginStaging(output.Path))
            : cache.Writer.Begin(output.Path));
        if (files is null)
        {
            switch (store)
            {
                case FolderFileStore folder:
                    AtomicSiteWriter.Abandon(folder.Root);
                    break;
                case PreviewFileStore preview:
                    IncrementalSiteWriter.Abort(preview);
                    break;
            }

            return result;
        }

        var timings = result.Timings;
        context.Report("write");
        if (store is PreviewFileStore changes)
        {
            timings.Time("write", () => cache!.Writer.Commit(changes, output.Path));
            cache!.LastWritten = _written;
            cache.Search.Written();
        }
        else
        {
            timings.Time("swap", () => AtomicSiteWriter.Swap(((FolderFileStore)store!).Root, output.Path));
        }

        return new BuildResult(true, context.Diagnostics.Items, timings, result.Site, files.Count, files.TotalBytes) { KeptPages = result.KeptPages };
    }

    /// <summary>
    /// Builds the site in memory, up to and including the link check; files is null when a stage failed (then
    /// nothing is written).
    /// </summary>
    /// <param name="select">A bundle's choice of plans and measures from the model; null for the whole site.</param>
    /// <param name="store">Where the files go, asked for once the model is built; in memory when null.</param>
    public (BuildResult Result, SiteFiles? Files) BuildFiles(Func<SiteModel, BundleSelection?>? select = null, Func<IFileStore>? store = null)
    {
        var timings = new StageTimings();
        var site = BuildModel(timings);
        if (site is null)
        {
            return (Fail(timings, null), null);
        }

        var selection = select?.Invoke(site);
        if (context.Diagnostics.HasErrors)
        {
            return (Fail(timings, site), null);
        }

        var scope = selection?.Scope ?? LinkScope.WholeSite;
        var searched = selection is { IsWholeSite: false } ? selection.Model() : null;

        var files = new SiteFiles(store?.Invoke() ?? new MemoryFileStore());

        // A preview rebuild of the whole site compares it with the site last written, to keep the pages an edit does not affect.
        var shape = cache is null || selection is not null ? null : timings.Time("shape", () => SiteShape.Of(context, site));
        var reuse = shape is null ? null : PageReuse.For(cache!.LastWritten, site, shape, files.Store);
        context.Report("data");
        timings.Time("data", () =>
        {
            // Each writer has files of its own; side by side they keep both cores busy.
            var stamp = new DataStamp(context.BuildDate, context.Settings.DataLicense, context.Settings.BaseUrl);
            Parallel.Invoke(
                () => new WriteOpenData(stamp).Run(site, files, reuse),
                () => new WriteProvisionCsv(stamp).Run(site, files, reuse),
                () => new WriteAgencyData(site.Agencies, stamp).Run(files, reuse),
                () => new WriteTopicData(stamp).Run(site, files, reuse),
                () => new WriteDataSchemas(stamp).Run(files),
                () => new WriteAkomaNtoso(stamp).Run(site, files, reuse));
        });

        context.Report("search index");
        Index(site, files, timings, searched is null ? null : selection, selection is null ? cache?.Search : null);

        context.Report("render");
        var links = reuse is { CanKeep: true } ? SiteLinks.Keeping(cache!.LastWritten!.Links) : new SiteLinks();
        var pages = TryRender(site, files, links, timings, scope, searched, reuse);
        if (pages is null)
        {
            return (Fail(timings, site), null);
        }

        // A bundle keeps its selection; its pages already link left-out pages to the public site or not at all.
        files.RemoveWhere(file => !scope.Keeps(file));

        // The pages are finished as rendered: the check reads the links the route map wrote, nothing is parsed.
        context.Report("check links");
        timings.Time("check links", () =>
        {
            var sameFiles = files.Store is PreviewFileStore { SameFilesAsPrevious: true } ? cache?.LastWritten?.Links : null;
            new CheckLinks(links.WithFiles(files.Unordered, files.GetText, sameFiles), context.DisplayPath(context.Settings.OutputPath), context.Diagnostics).Run();
        });
        if (context.Diagnostics.HasErrors)
        {
            return (Fail(timings, site), null);
        }

        _written = shape is null ? null : new WrittenSite(site, links, shape, reuse!.DependsOn, reuse.Parts);
        return (new BuildResult(true, context.Diagnostics.Items, timings, site, files.Count, files.TotalBytes) { KeptPages = reuse?.Kept ?? [] }, files);
    }

    /// <summary>Load, structure and analyse: the model every page reads. Null when the input has errors.</summary>
    public SiteModel? BuildModel(StageTimings timings)
    {
        var diagnostics = context.Diagnostics;
        context.Report("load");
        var loaded = timings.Time("load", () => new LoadPlans().Run(context, cache?.PlanFiles));

        context.Report("structure");
        var structure = new BuildProvisionTree();
        var plans = timings.Time("structure", () => loaded.Select(p => cache is null
            ? structure.Run(p, diagnostics)
            : cache.PlanFiles.Structure(p, findings => structure.Run(p, findings), diagnostics)).ToList());
        if (diagnostics.HasErrors)
        {
            return null;
        }

        context.Report("jurisdictions");
        var jurisdictions = timings.Time("jurisdictions", () =>
            new ResolveJurisdictions().Run(plans, new LoadJurisdictions().Run(context), diagnostics));

        context.Report("topics");
        var minimumScore = context.Settings.TopicMinimumScore;
        var topics = timings.Time("topics", () => new LoadTopics().Run(context));
        topics = cache?.Alignments.Begin(topics, minimumScore) ?? topics;
        var placements = timings.Time("align", () =>
            new AlignTopics().Run(plans, topics, minimumScore, diagnostics, cache?.Alignments));

        context.Report("agencies");
        var agencies = timings.Time("agencies", () => new BuildAgencyIndex().Run(plans, new LoadAgencyRegistry().Run(context), diagnostics, cache?.Agencies));
        var synonyms = new LoadSynonyms().Run(context);
        return diagnostics.HasErrors
            ? null
            : new SiteModel { Plans = plans, Topics = topics, Placements = placements, Agencies = agencies, Jurisdictions = jurisdictions, Synonyms = synonyms };
    }

    /// <summary>The search index of the whole site, or of a subset bundle's plans and provisions only.</summary>
    private static void Index(SiteModel site, SiteFiles files, StageTimings timings, BundleSelection? selection, SearchIndexCache? cache) =>
        timings.Time("search index", () => new BuildSearchIndex(
            selection is null ? null : plan => selection.Plans.Contains(plan.Slug),
            selection is null ? null : selection.KeepsProvision).Run(site, files, cache));

    private int? TryRender(
        SiteModel site, SiteFiles files, SiteLinks links, StageTimings timings, LinkScope scope, SiteModel? searched, PageReuse? reuse)
    {
        try
        {
            return timings.Time("render", () =>
                new RenderPages(context.Settings, context.BuildDate, cache?.Comparisons, scope).Run(site, files, links, searched, reuse));
        }
        catch (Exception ex) when (TemplateException.AllIn(ex) is { } errors)
        {
            // Pages render in parallel: every thread that met a template error is reported, none escapes.
            foreach (var error in errors)
            {
                var at = error.Location with { Path = context.DisplayPath(error.Location.Path) };
                context.Diagnostics.Error(DiagnosticCodes.TemplateError, at, error.Reason);
            }

            return null;
        }
    }

    private BuildResult Fail(StageTimings timings, SiteModel? site) =>
        new(false, context.Diagnostics.Items, timings, site, 0, 0);
}
