using PlanAtlas.Diagnostics;
using PlanAtlas.Import;

namespace PlanAtlas.Tests.Import;

/// <summary>The committed plan files are what the importer makes of the committed sources (front matter may be edited by hand).</summary>
public sealed class RealSourcesTests
{
    [Theory]
    [InlineData("gansu")]
    [InlineData("quxian")]
    [InlineData("shanghai")]
    [InlineData("liangshan")]
    [InlineData("dazu")]
    public void Importing_a_source_gives_the_committed_body(string slug)
    {
        var diagnostics = new DiagnosticBag();
        var source = Path.Combine(RepoPaths.Input, "sources", slug + ".txt");
        // The committed plans keep the punctuation of their sources, as reviewed before the importer made it full width.
        var result = new PlanImporter(new ImportOptions { KeepPunctuation = true }).ImportFile(source, $"input/sources/{slug}.txt", diagnostics);

        Assert.NotNull(result);
        Assert.False(diagnostics.HasErrors);
        var committed = File.ReadAllText(Path.Combine(RepoPaths.Input, "plans", slug + ".md"));
        Assert.Equal(Body(committed), Body(result.Markdown));
    }

    private static string Body(string planFile) => planFile[(planFile.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
}
