using System.Diagnostics;
using PlanAtlas.BrowserTests.Site;
using PlanAtlas.Configuration;
using PlanAtlas.Diagnostics;
using PlanAtlas.Model;
using PlanAtlas.Pipeline;
using PlanAtlas.Check;
using PlanAtlas.Routing;
using PlanAtlas.Render;
using PlanAtlas.Render.Pages;
using PlanAtlas.Search;
using PlanAtlas.Write;

namespace PlanAtlas.BrowserTests.Search;

/// <summary>
/// A site built by the real pipeline (<see cref="SitePipeline.Build"/>) into a temp folder, with its
/// search page, and the model it was built from, to count what a search must find.
/// </summary>
public sealed class SearchSite : IDisposable
{
    public static readonly DateOnly BuildDate = new(2026, 1, 15);

    private SearchSite(BuiltSite site, SiteModel model)
    {
        Built = site;
        Model = model;
    }

    public BuiltSite Built { get; }

    public SiteModel Model { get; }

    public string Output => Built.Output;

    public string FileUrl(string relative) => Built.FileUrl(relative);

    /// <summary>Builds the site in <paramref name="site"/>'s folder (the real input unless the test wrote plans).</summary>
    public static SearchSite Build(BuiltSite site)
    {
        var settings = site.Settings();
        var result = new SitePipeline(new BuildContext(settings, site.Root) { BuildDate = BuildDate }).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return new SearchSite(site, result.Site!);
    }

    /// <summary>
    /// A copy of this site whose search page and document store come from <paramref name="model"/> (say, with
    /// topics placed by hand), written the same way; the plan pages and the index stay as built.
    /// </summary>
    public string CopyWithModel(SiteModel model)
    {
        var folder = Path.Combine(Built.Root, "variant-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(Output, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(Output, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var settings = Built.Settings();
        var files = new SiteFiles();
        foreach (var page in new SearchPage(new RenderPages(settings, BuildDate).CreateContext(model)).Render(model))
        {
            files.Add(page.File, page.Html);
        }

        files.Add(BuildSearchIndex.DocumentsFile, $"window.{BuildSearchIndex.DocumentsGlobal} = {BuildSearchIndex.DocumentStore(model)};\n");
        foreach (var (path, content) in files.All)
        {
            File.WriteAllBytes(Path.Combine(folder, path), content);
        }

        return folder;
    }

    /// <summary>Provisions whose title or text contains <paramref name="phrase"/>: what Ctrl+F on the plan pages finds.</summary>
    public IReadOnlyList<string> RefsContaining(string phrase) =>
        BuildSearchIndex.Documents(Model)
            .Where(d => d.Title.Contains(phrase, StringComparison.Ordinal) || d.Text.Contains(phrase, StringComparison.Ordinal))
            .Select(d => d.Ref)
            .ToList();

    /// <summary>Provisions with <paramref name="fragment"/> in any indexed field (title, text, plan, path).</summary>
    public IReadOnlyList<string> RefsWithInAnyField(string fragment) =>
        BuildSearchIndex.Documents(Model)
            .Where(d => new[] { d.Title, d.Text, d.Plan, d.Path }.Any(f => f.Contains(fragment, StringComparison.OrdinalIgnoreCase)))
            .Select(d => d.Ref)
            .ToList();

    public void Dispose() => Built.Dispose();
}

/// <summary>The real site with search, built once for a test class; also times the search stage on its model.</summary>
public sealed class RealSearchSiteFixture : IDisposable
{
    public RealSearchSiteFixture()
    {
        Site = SearchSite.Build(new BuiltSite());
        var settings = Site.Built.Settings();
        new BuildSearchIndex().Run(Site.Model, new SiteFiles(), settings); // warm-up
        var clock = Stopwatch.StartNew();
        new BuildSearchIndex().Run(Site.Model, new SiteFiles(), settings);
        IndexBuildTime = clock.Elapsed;
    }

    public SearchSite Site { get; }

    /// <summary>How long BuildSearchIndex took over the real model (after a warm-up run).</summary>
    public TimeSpan IndexBuildTime { get; }

    public void Dispose() => Site.Dispose();
}
