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

    [Theory]
    [InlineData("gansu")]
    [InlineData("quxian")]
    [InlineData("shanghai")]
    [InlineData("liangshan")]
    [InlineData("dazu")]
    public void Making_punctuation_full_width_changes_no_provision_but_the_width_of_its_marks(string slug)
    {
        var source = Path.Combine(RepoPaths.Input, "sources", slug + ".txt");
        var kept = new PlanImporter(new ImportOptions { KeepPunctuation = true }).ImportFile(source, "k.txt", new DiagnosticBag());
        var made = new PlanImporter().ImportFile(source, "m.txt", new DiagnosticBag());

        Assert.Equal(Provisions(kept!.Markdown).Select(FullWidth), Provisions(made!.Markdown));
    }

    private static IEnumerable<string> Provisions(string planFile)
    {
        var diagnostics = new DiagnosticBag();
        var plan = new PlanAtlas.Structure.BuildProvisionTree().Run(PlanAtlas.Load.LoadPlans.Parse(planFile, "p.md", diagnostics)!, diagnostics);
        return plan.Provisions.Select(p => $"{p.Id} {p.Title} {string.Concat(p.Paragraphs)}");
    }

    // Only the marks the importer changes: between Chinese characters, and brackets around Chinese.
    private static string FullWidth(string text) =>
        System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(text, @"\(([^()]*\p{IsCJKUnifiedIdeographs}[^()]*)\)", "（$1）"),
            @"(?<=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}“”—])[,;:?!](?=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}“”—]|$)",
            m => ((char)(m.Value[0] switch { ',' => '，', ';' => '；', ':' => '：', '?' => '？', _ => '！' })).ToString());

    private static string Body(string planFile) => planFile[(planFile.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
}
