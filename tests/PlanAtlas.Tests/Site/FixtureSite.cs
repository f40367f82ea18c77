using PlanAtlas.Pipeline;
using PlanAtlas.Render;

namespace PlanAtlas.Tests.Site;

/// <summary>
/// The small hand-written site of Site/Fixture/input, built once: three plans (甲县 with semicolon notes, 乙省 without
/// notes, 丙区's draft with labelled notes), four measures and five agencies, so that one snapshot of each page kind
/// stays short enough to read.
/// </summary>
public sealed class FixtureSite : IDisposable
{
    private readonly TempSite _site = new();

    public FixtureSite()
    {
        _site.CopyInput(Path.Combine(RepoPaths.Root, "tests", "PlanAtlas.Tests", "Site", "Fixture", "input"));
        Result = _site.Build();
        RenderContext = new RenderPages(_site.Settings(), TempSite.BuildDate).CreateContext(Result.Site);
    }

    public BuildResult Result { get; }

    /// <summary>The context the pages were rendered with, for tests that build view models.</summary>
    public RenderContext RenderContext { get; }

    /// <summary>A written file, e.g. <c>plans/jiaxian/index.html</c>; fails with the build's findings when the build failed.</summary>
    public string Read(string path)
    {
        Assert.True(Result.Succeeded, string.Join("\n", Result.Diagnostics));
        return File.ReadAllText(Path.Combine(_site.Output, path));
    }

    public void Dispose() => _site.Dispose();
}

[CollectionDefinition(Name)]
public sealed class FixtureSiteCollection : ICollectionFixture<FixtureSite>
{
    public const string Name = "fixture site";
}
