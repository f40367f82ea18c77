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
    /// A copy of this site whose search page and search index come from <paramref name="model"/> (say, with
    /// topics placed by hand), written the same way; the plan pages stay as built.
    /// </summary>
    public string CopyWithModel(SiteModel model)
    {
        var folder = Path.Combine(Built.Root, "variant-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(Output, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Output, file).Replace('\\', '/');
            if (relative.StartsWith(BuildSearchIndex.Folder + "/", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var settings = Built.Settings();
        var files = new SiteFiles();
        foreach (var page in new SearchPage(new RenderPages(settings, BuildDate).CreateContext(model)).Render(model))
        {
            files.Add(page.File, page.Html);
        }

        new BuildSearchIndex().Run(model, files);
        foreach (var (path, content) in files.All)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, path))!);
            File.WriteAllBytes(Path.Combine(folder, path), content);
        }

        return folder;
    }

    /// <summary>The documents the index holds, as the build makes them.</summary>
    public SearchCorpus Corpus => SearchCorpus.Of(Model);

    /// <summary>What the search must list for <paramref name="query"/>: the substring scan, in its order.</summary>
    public IReadOnlyList<string> Expected(string query, string? province = null, string? topic = null) =>
        SubstringScan.Search(Corpus, query, province, topic).Select(d => d.Ref).ToList();

    /// <summary>Provisions whose title or text contains <paramref name="phrase"/>: what Ctrl+F on the plan pages finds.</summary>
    public IReadOnlyList<string> RefsContaining(string phrase) =>
        Corpus.Documents
            .Where(d => d.Kind == SearchKind.Provision)
            .Where(d => d.Title.Contains(phrase, StringComparison.Ordinal) || d.Text.Contains(phrase, StringComparison.Ordinal))
            .Select(d => d.Ref)
            .ToList();

    /// <summary>Every byte of the search's scripts that the page requested: the engine's fixed files, the shards, the chunks.</summary>
    public long SearchBytes(IEnumerable<string> requests) => SearchLoad.Bytes(requests);

    public void Dispose() => Built.Dispose();
}

/// <summary>The real site with search, built once for a test class.</summary>
public sealed class RealSearchSiteFixture : IDisposable
{
    public RealSearchSiteFixture() => Site = SearchSite.Build(new BuiltSite());

    public SearchSite Site { get; }

    public void Dispose() => Site.Dispose();
}
