using PlanAtlas.BrowserTests.Infrastructure;
using PlanAtlas.Configuration;
using PlanAtlas.Pipeline;

namespace PlanAtlas.BrowserTests.Site;

/// <summary>A site built by the real pipeline into a temp folder: the repository's input, or plans a test writes.</summary>
public sealed class BuiltSite : IDisposable
{
    public BuiltSite(bool copyRealInput = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "planatlas-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "input", "plans"));
        if (copyRealInput)
        {
            var input = Path.Combine(RepoPaths.Root, "input");
            foreach (var file in Directory.GetFiles(input, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Root, "input", Path.GetRelativePath(input, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "output");

    public string FileUrl(string relative) => new Uri(Path.Combine(Output, relative)).AbsoluteUri;

    public SiteSettings Settings() => TestSettings.For(Root);

    /// <param name="configure">Changes the test settings first (e.g. no BaseUrl).</param>
    public BuiltSite Build(Action<SiteSettings>? configure = null)
    {
        var settings = Settings();
        configure?.Invoke(settings);
        var result = new SitePipeline(new BuildContext(settings, Root) { BuildDate = new DateOnly(2026, 1, 15) }).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return this;
    }

    public void WritePlan(string name, string text) => File.WriteAllText(Path.Combine(Input, "plans", name), text);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a browser may still hold a file; the OS cleans temp
        }
    }
}

/// <summary>The real site built once for all browser tests of a class.</summary>
public sealed class RealSiteFixture : IDisposable
{
    public BuiltSite Site { get; } = new BuiltSite().Build();

    public void Dispose() => Site.Dispose();
}
