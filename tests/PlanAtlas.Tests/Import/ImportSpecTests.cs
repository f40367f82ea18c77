using PlanAtlas.Diagnostics;
using PlanAtlas.Import;
using PlanAtlas.Tests.Specs;

namespace PlanAtlas.Tests.Import;

/// <summary>Runs every example of <c>Import/Specs/*.spec.md</c>: raw text in, plan file and warnings out.</summary>
public sealed class ImportSpecTests
{
    private const string Folder = "Import/Specs";

    public static IEnumerable<object[]> Examples => SpecFile.Keys(Folder);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Importer_produces_the_expected_plan_file(string example)
    {
        // Given a raw text as published
        var spec = SpecFile.Find(Folder, example);
        var diagnostics = new DiagnosticBag();

        // When it is imported (with --keep-punctuation where the example's name asks for it)
        var options = new ImportOptions { KeepPunctuation = spec.Name.Contains("--keep-punctuation", StringComparison.Ordinal) };
        var result = new PlanImporter(options).Import(spec.Input, "source.txt", "sample", diagnostics);

        // Then the plan file and the warnings are those the spec gives
        Assert.Equal(spec.Expected.TrimEnd('\n'), result.Markdown.TrimEnd('\n'));
        Assert.Equal(spec.ExpectedDiagnostics, DiagnosticFormat.Format(diagnostics.Items));
    }
}
