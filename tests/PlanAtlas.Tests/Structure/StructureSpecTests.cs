using PlanAtlas.Diagnostics;
using PlanAtlas.Load;
using PlanAtlas.Structure;
using PlanAtlas.Tests.Specs;

namespace PlanAtlas.Tests.Structure;

/// <summary>Runs every example of <c>Structure/Specs/*.spec.md</c>: a plan file in, its provision tree and findings out.</summary>
public sealed class StructureSpecTests
{
    private const string Folder = "Structure/Specs";

    public static IEnumerable<object[]> Examples => SpecFile.Keys(Folder);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Plan_file_yields_the_expected_tree(string example)
    {
        // Given a plan file
        var spec = SpecFile.Find(Folder, example);
        var diagnostics = new DiagnosticBag();

        // When it is loaded and structured
        var loaded = LoadPlans.Parse(spec.Input + "\n", "plan.md", diagnostics);
        var tree = loaded is null ? "(not loaded)" : TreeDump.Write(new BuildProvisionTree().Run(loaded, diagnostics));

        // Then the tree and the findings are those the spec gives
        Assert.Equal(spec.Expected, tree);
        Assert.Equal(spec.ExpectedDiagnostics, DiagnosticFormat.Format(diagnostics.Items));
    }
}
