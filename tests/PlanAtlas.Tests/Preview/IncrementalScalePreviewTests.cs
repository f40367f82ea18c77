using System.Text.RegularExpressions;
using PlanAtlas.Model;
using PlanAtlas.Pipeline;
using PlanAtlas.ScaleCorpus;

namespace PlanAtlas.Tests.Preview;

/// <summary>
/// Incremental preview on a generated corpus large enough that every section splits by place (place, measure, index
/// and agency pages of places): the pages kept after a text edit are exactly those a fresh full build writes.
/// </summary>
public sealed partial class IncrementalScalePreviewTests : IDisposable
{
    private readonly TempSite _site = new();

    [Fact]
    public void Text_edits_of_a_plan_above_and_a_plan_below_keep_only_unaffected_pages_of_a_place_paged_site()
    {
        // Given a generated corpus of 40 plans built once with a cache
        ScaleCorpusWriter.Write(RepoPaths.Root, Path.Combine(_site.Root, "input"), 40, seed: 11);
        var cache = new BuildCache();
        var first = Build(cache);
        Assert.True(first.Succeeded);

        // When the first provision title of a plan that is the nearest plan above another (its "compare with the plan
        // above" pages show it) and of the last plan is marked as revised
        var site = first.Site!;
        var above = site.Plans.Select(p => site.JurisdictionOf(p)?.NearestWithPlan?.Plan).OfType<Plan>().First();
        var plans = Directory.GetFiles(Path.Combine(_site.Root, "input", "plans"), "*.md").Order(StringComparer.Ordinal).ToList();
        EditFirstTitle(Path.Combine(_site.Root, above.SourcePath));
        EditFirstTitle(plans[^1]);
        var rebuilt = Build(cache);

        // Then some pages are kept, and the site and its findings are those of a fresh build of the edited input
        Assert.True(rebuilt.Succeeded);
        Assert.NotEmpty(rebuilt.KeptPages);
        var incremental = Files(_site.Output);
        Directory.Delete(_site.Output, recursive: true);
        var full = Build(cache: null);
        Assert.True(full.Succeeded);
        var expected = Files(_site.Output);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), incremental.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, f => Assert.True(f.Value.SequenceEqual(incremental[f.Key]), f.Key));
        Assert.Equal(full.Diagnostics.Select(d => d.ToString()), rebuilt.Diagnostics.Select(d => d.ToString()));
    }

    private BuildResult Build(BuildCache? cache) =>
        new SitePipeline(new BuildContext(_site.Settings(), _site.Root) { BuildDate = TempSite.BuildDate }, cache).Build();

    /// <summary>The edit the edit benchmark makes: a provision's run-in title marked as revised.</summary>
    private static void EditFirstTitle(string plan)
    {
        var lines = File.ReadAllLines(plan);
        var at = Array.FindIndex(lines, l => NumberedWithTitle().IsMatch(l));
        Assert.True(at >= 0, plan);
        lines[at] = NumberedWithTitle().Replace(lines[at], "$1（修订）。", 1);
        File.WriteAllLines(plan, lines);
    }

    [GeneratedRegex("^([（(][一二三四五六七八九十]+[）)][^。]+)。")]
    private static partial Regex NumberedWithTitle();

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    public void Dispose() => _site.Dispose();
}
