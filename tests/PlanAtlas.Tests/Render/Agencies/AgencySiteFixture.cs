using PlanAtlas.Analyse.Agencies;
using PlanAtlas.Data;
using PlanAtlas.Diagnostics;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;
using PlanAtlas.Pipeline;
using PlanAtlas.PostProcess;
using PlanAtlas.Render;
using PlanAtlas.Render.Pages;
using PlanAtlas.Write;

// Not PlanAtlas.Tests.Render: that namespace would hide PlanAtlas.Render from code that writes Render.RenderContext.
namespace PlanAtlas.Tests.Rendering.Agencies;

/// <summary>
/// The real corpus built into a temp folder the way the pipeline builds it, with the responsibility index added:
/// registry, index, the agency pages, their open data, link rewriting and the link check. The agency stages are
/// run here only where the pipeline has not run them itself, so the fixture keeps working once they are wired in.
/// </summary>
public sealed class AgencySiteFixture : IDisposable
{
    private readonly TempSite _site = new();

    public AgencySiteFixture()
    {
        _site.CopyRealInput();
        var settings = _site.Settings();
        var build = new BuildContext(settings, _site.Root) { BuildDate = TempSite.BuildDate };
        Diagnostics = build.Diagnostics;

        Site = new SitePipeline(build).BuildModel(new StageTimings())
            ?? throw new InvalidOperationException("the corpus has errors: " + string.Join("\n", build.Diagnostics.Items));
        Registry = new LoadAgencyRegistry().Run(build);
        Index = new BuildAgencyIndex().Run(Site.Plans, Registry, build.Diagnostics);

        var files = new SiteFiles();
        new WriteOpenData().Run(Site, files);
        var render = new RenderPages(settings, TempSite.BuildDate);
        render.Run(Site, files);
        RenderContext = render.CreateContext();
        if (!files.Contains("agencies/index.html"))
        {
            foreach (var page in Pages(RenderContext, Index).SelectMany(p => p.Render(Site)))
            {
                files.Add(page.File, page.Html);
            }
        }

        if (!files.Contains(WriteAgencyData.CsvFile))
        {
            new WriteAgencyData(Index).Run(Site, files);
        }

        new ProcessHtml([new RewriteLinks(settings.BaseUrl), new AddHeadingAnchors()]).Run(files);
        var staging = AtomicSiteWriter.WriteStaging(files, Output);
        AtomicSiteWriter.Swap(staging, Output);
        new CheckLinks(Output, "output", build.Diagnostics).Run();
    }

    public SiteModel Site { get; }

    public AgencyRegistry Registry { get; }

    public AgencyIndex Index { get; }

    public RenderContext RenderContext { get; }

    public DiagnosticBag Diagnostics { get; }

    public string Output => _site.Output;

    /// <summary>A scratch folder of this fixture, for tests that write pages of their own.</summary>
    public string Scratch(string name)
    {
        var path = Path.Combine(_site.Root, "scratch", name);
        Directory.CreateDirectory(path);
        return path;
    }

    public static IPageSource[] Pages(RenderContext context, AgencyIndex index) =>
        [new AgencyIndexPage(context, index), new AgencyPages(context, index), new AgencyKindPages(context, index)];

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public void Dispose() => _site.Dispose();
}

[CollectionDefinition(Name)]
public sealed class AgencySiteCollection : ICollectionFixture<AgencySiteFixture>
{
    public const string Name = "agency site";
}
