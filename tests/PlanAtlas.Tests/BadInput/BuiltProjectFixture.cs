using PlanAtlas.Configuration;
using PlanAtlas.Pipeline;

namespace PlanAtlas.Tests.BadInput;

/// <summary>A throwaway project built once; every case starts from a fresh copy of it, previous output included.</summary>
public sealed class BuiltProjectFixture : IDisposable
{
    private readonly ThrowawayProject _template = new();

    public BuiltProjectFixture()
    {
        var settings = SiteSettings.Load(_template.Root);
        var result = new SitePipeline(new BuildContext(settings, _template.Root)).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public ThrowawayProject NewCopy()
    {
        var copy = new ThrowawayProject();
        ThrowawayProject.Copy(_template.Output, copy.Output);
        return copy;
    }

    public void Dispose() => _template.Dispose();
}
