using PlanAtlas.Pipeline;

namespace PlanAtlas.Tests.Infrastructure;

/// <summary>Builds the real five-plan corpus once into a temp folder, shared by the tests that read it.</summary>
public sealed class CorpusFixture : IDisposable
{
    private readonly TempSite _site = new();

    public CorpusFixture()
    {
        _site.CopyRealInput();
        Result = _site.Build();
        RenderContext = new Render.RenderPages(_site.Settings(), TempSite.BuildDate).CreateContext(Result.Site);
    }

    /// <summary>The context the pages were rendered with, for tests that build view models.</summary>
    public Render.RenderContext RenderContext { get; }

    public BuildResult Result { get; }

    public string Output => _site.Output;

    public void Dispose() => _site.Dispose();
}

[CollectionDefinition(Name)]
public sealed class CorpusCollection : ICollectionFixture<CorpusFixture>
{
    public const string Name = "corpus";
}
