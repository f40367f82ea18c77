namespace PlanAtlas.Tests.Pipeline;

public sealed class AtomicBuildTests
{
    private const string ValidPlan = "---\nslug: a\ntitle: 甲县法治社会建设实施方案\nlevel: county\n---\n\n一、任务\n\n1.加强宪法学习。开展学习。\n";

    [Fact]
    public void A_failed_build_leaves_the_previous_output_exactly_as_it_was()
    {
        // Given a site that built once
        using var site = new TempSite();
        site.WritePlan("a.md", ValidPlan);
        Assert.True(site.Build().Succeeded);
        var before = Snapshot(site.Output);
        Assert.NotEmpty(before);

        // When a plan is broken (unknown level) and the site is built again
        site.WritePlan("a.md", ValidPlan.Replace("level: county", "level: city"));
        var result = site.Build();

        // Then the build fails, the output is byte for byte the same, and no staging folder is left behind
        Assert.False(result.Succeeded);
        Assert.Equal(before, Snapshot(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output*"));
        Assert.Empty(Directory.GetDirectories(site.Root, "output.old-*"));
    }

    [Fact]
    public void A_successful_build_replaces_the_output_and_removes_stale_files()
    {
        // Given an output folder holding a file from an older build
        using var site = new TempSite();
        site.WritePlan("a.md", ValidPlan);
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "stale.txt"), "old");

        // When the site is built
        Assert.True(site.Build().Succeeded);

        // Then only what this build produced is there
        Assert.False(File.Exists(Path.Combine(site.Output, "stale.txt")));
        Assert.True(File.Exists(Path.Combine(site.Output, "data", "plans", "a.json")));
    }

    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToBase64String(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
