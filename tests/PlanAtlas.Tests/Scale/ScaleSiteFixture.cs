using PlanAtlas.Model;
using PlanAtlas.Pipeline;
using PlanAtlas.Render.Views;
using PlanAtlas.ScaleCorpus;

namespace PlanAtlas.Tests.Scale;

/// <summary>
/// A generated corpus large enough that every section splits by place (<see cref="PlacePaging"/>: more plans than its
/// limit, places with one plan and places with many), built once by the pipeline, which checks every link.
/// </summary>
public sealed class ScaleSiteFixture : IDisposable
{
    public const int Plans = 60;

    private readonly TempSite _site = new();

    public ScaleSiteFixture()
    {
        ScaleCorpusWriter.Write(RepoPaths.Root, Path.Combine(_site.Root, "input"), Plans, seed: 7);
        var result = _site.Build();
        Site = result.Succeeded && result.Site is { } site
            ? site
            : throw new InvalidOperationException("the generated corpus has errors: " + string.Join("\n", result.Diagnostics.Where(d => d.Severity == PlanAtlas.Diagnostics.Severity.Error).Take(10)));
        Paging = PlacePaging.Of(Site);
    }

    public SiteModel Site { get; }

    public PlacePaging Paging { get; }

    public string Output => _site.Output;

    public TempSite Temp => _site;

    public string Read(string file) => File.ReadAllText(Path.Combine(Output, file));

    public IEnumerable<string> Pages(string folder) =>
        Directory.GetFiles(Path.Combine(Output, folder), "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'));

    public void Dispose() => _site.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ScaleSiteCollection : ICollectionFixture<ScaleSiteFixture>
{
    public const string Name = "scale site";
}
