using PlanAtlas.Configuration;
using PlanAtlas.Diagnostics;
using PlanAtlas.Pipeline;
using PlanAtlas.Tests.BadInput;
using PlanAtlas.Write;

namespace PlanAtlas.Tests.Write;

/// <summary>Output folders reached through symbolic links: the guard compares real paths, so a link is no way around it.</summary>
public sealed class OutputGuardTests : IDisposable
{
    private readonly ThrowawayProject _project = new();

    [Theory]
    [InlineData(".")]
    [InlineData("input")]
    [InlineData("themes/default")]
    public void A_link_to_a_protected_folder_is_refused_like_the_folder(string target)
    {
        var link = Path.Combine(_project.Outer, "site-link");
        Directory.CreateSymbolicLink(link, Path.GetFullPath(Path.Combine(_project.Root, target)));
        var before = ThrowawayProject.HashesOf(_project.Outer);

        var result = Build(link);

        Assert.False(result.Succeeded);
        Assert.Equal(DiagnosticCodes.UnsafeOutput, Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error).Code);
        Assert.Equal(before, ThrowawayProject.HashesOf(_project.Outer));
    }

    [Fact]
    public void A_folder_below_a_link_into_input_is_refused()
    {
        Directory.CreateSymbolicLink(Path.Combine(_project.Outer, "in"), Path.Combine(_project.Root, "input"));

        var result = Build(Path.Combine(_project.Outer, "in", "site"));

        Assert.False(result.Succeeded);
        Assert.Contains("lies inside the input folder", Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error).Message);
    }

    [Fact]
    public void A_new_folder_beside_the_project_is_fine_and_marked_as_ours()
    {
        var output = Path.Combine(_project.Outer, "public");

        Assert.True(Build(output).Succeeded);
        Assert.True(OutputNames.IsOurs(output));
        Assert.True(File.Exists(Path.Combine(_project.Outer, "canary.txt")));
    }

    private BuildResult Build(string output)
    {
        var settings = SiteSettings.Load(_project.Root);
        settings.OverrideOutput(output, "--output");
        return new SitePipeline(new BuildContext(settings, _project.Root)).Build();
    }

    public void Dispose() => _project.Dispose();
}
