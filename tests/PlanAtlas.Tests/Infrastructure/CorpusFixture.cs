using PlanAtlas.Analyse.Agencies;
using PlanAtlas.Diagnostics;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;
using PlanAtlas.Pipeline;
using PlanAtlas.Render.Pages;
using PlanAtlas.Render.Views;

namespace PlanAtlas.Tests.Infrastructure;

/// <summary>
/// The real five-plan corpus, built once by the pipeline (which checks every link before it swaps the site in) into a
/// temp folder, shared by every test that reads the real site: its model, its diagnostics, its written files, and the
/// render context and view builders the pages were made with.
/// </summary>
public sealed class CorpusFixture : IDisposable
{
    private readonly TempSite _site = new();

    public CorpusFixture()
    {
        _site.CopyRealInput();
        var build = new BuildContext(_site.Settings(), _site.Root) { BuildDate = TempSite.BuildDate };
        Diagnostics = build.Diagnostics;
        Result = new SitePipeline(build).Build();
        Site = Result.Succeeded && Result.Site is { } site
            ? site
            : throw new InvalidOperationException("the corpus has errors: " + string.Join("\n", build.Diagnostics.Items));
        Registry = new LoadAgencyRegistry().Run(build);
        RenderContext = new Render.RenderPages(_site.Settings(), TempSite.BuildDate).CreateContext(Site);
        Compare = new CompareViews(new PlanViews(RenderContext), new CompareOptions());
        ComparePages = [.. new CompareIndexPage(RenderContext, Compare).Render(Site), .. new TopicPages(RenderContext, Compare).Render(Site)];
    }

    public BuildResult Result { get; }

    public SiteModel Site { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>The context the pages were rendered with, for tests that build view models.</summary>
    public Render.RenderContext RenderContext { get; }

    public AgencyRegistry Registry { get; }

    public AgencyIndex Index => Site.Agencies;

    public CompareViews Compare { get; }

    /// <summary>The comparison pages rendered once more on their own, for tests that read their HTML.</summary>
    public IReadOnlyList<Render.RenderedPage> ComparePages { get; }

    public string Output => _site.Output;

    /// <summary>A written file's text, e.g. <c>compare/constitution/index.html</c>.</summary>
    public string Read(string file) => File.ReadAllText(Path.Combine(Output, file));

    public static IPageSource[] AgencyPages(Render.RenderContext context, AgencyIndex index) =>
        [new AgencyIndexPage(context, index), new Render.Pages.AgencyPages(context, index), new AgencyKindPages(context, index)];

    public void Dispose() => _site.Dispose();
}

[CollectionDefinition(Name)]
public sealed class CorpusCollection : ICollectionFixture<CorpusFixture>
{
    public const string Name = "corpus";
}
