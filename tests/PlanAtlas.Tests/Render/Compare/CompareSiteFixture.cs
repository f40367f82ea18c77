using PlanAtlas.Render.Views;
using PlanAtlas.Diagnostics;
using PlanAtlas.Model;
using PlanAtlas.Pipeline;
using PlanAtlas.Render;
using PlanAtlas.Render.Pages;

// Not PlanAtlas.Tests.Render.Compare: a PlanAtlas.Tests.Render namespace would hide PlanAtlas.Render from
// Corpus/CorpusFixture.cs, which names its types as Render.RenderPages (the agency tests use Rendering too).
namespace PlanAtlas.Tests.Rendering.Compare;

/// <summary>
/// The real corpus built into a temp folder by the pipeline, and the comparison pages rendered once more on their
/// own (root-path links, before post-processing) for tests that read the rendered HTML. Shared by the comparison
/// page tests.
/// </summary>
public sealed class CompareSiteFixture : IDisposable
{
    private readonly TempSite _temp = new();

    public CompareSiteFixture()
    {
        _temp.CopyRealInput();
        var settings = _temp.Settings();
        var context = new BuildContext(settings, _temp.Root) { BuildDate = TempSite.BuildDate };
        var result = new SitePipeline(context).Build();
        Site = result.Succeeded && result.Site is { } site
            ? site
            : throw new InvalidOperationException(string.Join("\n", context.Diagnostics.Items));
        Diagnostics = context.Diagnostics;

        RenderContext = new RenderPages(settings, TempSite.BuildDate).CreateContext(Site);
        Compare = new CompareViews(new PlanViews(RenderContext), new CompareOptions());
        ComparePages = [.. new CompareIndexPage(RenderContext, Compare).Render(Site), .. new TopicPages(RenderContext, Compare).Render(Site)];
    }

    public SiteModel Site { get; }

    public DiagnosticBag Diagnostics { get; }

    public RenderContext RenderContext { get; }

    public CompareViews Compare { get; }

    /// <summary>The comparison pages as rendered (root-path links, before post-processing).</summary>
    public IReadOnlyList<RenderedPage> ComparePages { get; }

    public string Output => _temp.Output;

    /// <summary>A written page's HTML (links relative), e.g. <c>compare/constitution/index.html</c>.</summary>
    public string Read(string file) => File.ReadAllText(Path.Combine(Output, file));

    public void Dispose() => _temp.Dispose();
}

[CollectionDefinition(Name)]
public sealed class CompareSiteCollection : ICollectionFixture<CompareSiteFixture>
{
    public const string Name = "compare site";
}
