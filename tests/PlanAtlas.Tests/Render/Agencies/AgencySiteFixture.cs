using PlanAtlas.Analyse.Agencies;
using PlanAtlas.Diagnostics;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;
using PlanAtlas.Pipeline;
using PlanAtlas.Render;
using PlanAtlas.Render.Pages;

// Not PlanAtlas.Tests.Render: that namespace would hide PlanAtlas.Render from code that writes Render.RenderContext.
namespace PlanAtlas.Tests.Rendering.Agencies;

/// <summary>
/// The real corpus built into a temp folder by the pipeline (which checks every link before it swaps the site in),
/// with the registry and responsibility index it built, for the agency page and data tests.
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

        var result = new SitePipeline(build).Build();
        Site = result.Succeeded && result.Site is { } site
            ? site
            : throw new InvalidOperationException("the corpus has errors: " + string.Join("\n", build.Diagnostics.Items));
        Registry = new LoadAgencyRegistry().Run(build);
        Index = Site.Agencies;
        RenderContext = new RenderPages(settings, TempSite.BuildDate).CreateContext(Site);
    }

    public SiteModel Site { get; }

    public AgencyRegistry Registry { get; }

    public AgencyIndex Index { get; }

    public RenderContext RenderContext { get; }

    public DiagnosticBag Diagnostics { get; }

    public string Output => _site.Output;

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
