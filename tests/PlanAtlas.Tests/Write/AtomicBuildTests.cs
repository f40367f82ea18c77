using PlanAtlas.Diagnostics;
using PlanAtlas.Pipeline;
using PlanAtlas.Write;

namespace PlanAtlas.Tests.Write;

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
        // Given an output folder that an earlier build wrote, holding a file that build no longer makes
        using var site = new TempSite();
        site.WritePlan("a.md", ValidPlan);
        Assert.True(site.Build().Succeeded);
        File.WriteAllText(Path.Combine(site.Output, "stale.txt"), "old");

        // When the site is built
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        // Then only what this build produced is there, marked as ours
        Assert.False(File.Exists(Path.Combine(site.Output, "stale.txt")));
        Assert.True(File.Exists(Path.Combine(site.Output, "data", "plans", "a.json")));
        Assert.True(File.Exists(Path.Combine(site.Output, OutputNames.Marker)));
    }

    [Fact]
    public void A_folder_that_Plan_Atlas_did_not_write_is_never_replaced()
    {
        // Given an output folder holding someone's files, without our marker
        using var site = new TempSite();
        site.WritePlan("a.md", ValidPlan);
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "thesis.docx"), "years of work");

        // When the site is built
        var result = site.Build();

        // Then the build refuses at the setting, and the files are still there
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeOutput);
        Assert.Contains("did not write", error.Message);
        Assert.Equal("years of work", File.ReadAllText(Path.Combine(site.Output, "thesis.docx")));
    }

    [Fact]
    public void Leftovers_of_a_killed_build_are_removed_by_the_next_build_and_nothing_else()
    {
        // Given a staging folder and a retired output that a killed build left, and a look-alike that is not ours
        using var site = new TempSite();
        site.WritePlan("a.md", ValidPlan);
        var staging = OutputNames.Staging(site.Output);
        var retired = OutputNames.Retired(site.Output);
        var lookAlike = OutputNames.Staging(site.Output);
        foreach (var folder in new[] { staging, retired })
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, OutputNames.Marker), OutputNames.MarkerText);
            File.WriteAllText(Path.Combine(folder, "index.html"), "half written");
        }

        Directory.CreateDirectory(lookAlike);
        File.WriteAllText(Path.Combine(lookAlike, "mine.txt"), "not written by Plan Atlas");

        // When the site is built
        Assert.True(site.Build().Succeeded);

        // Then our leftovers are gone and the look-alike, which has no marker, is kept
        Assert.False(Directory.Exists(staging));
        Assert.False(Directory.Exists(retired));
        Assert.True(File.Exists(Path.Combine(lookAlike, "mine.txt")));
    }

    [Fact]
    public void A_second_build_into_the_same_output_waits_and_then_gives_up_with_a_clear_message()
    {
        // Given another build holding the output folder
        using var site = new TempSite();
        site.WritePlan("a.md", ValidPlan);
        var waited = false;
        using (OutputLock.Acquire(site.Output, TimeSpan.Zero, () => { })!)
        {
            // When a second build starts, with a short wait
            var context = new BuildContext(site.Settings(), site.Root, new Progress(m => waited |= m.Contains("waiting")))
            {
                OutputLockWait = TimeSpan.FromMilliseconds(600),
            };
            var result = new SitePipeline(context).Build();

            // Then it fails with the busy error, after saying it was waiting, and wrote nothing
            Assert.False(result.Succeeded);
            var error = Assert.Single(result.Diagnostics);
            Assert.Equal(DiagnosticCodes.OutputBusy, error.Code);
            Assert.Contains("another build", error.Message);
            Assert.False(Directory.Exists(site.Output));
        }

        Assert.True(waited);
        // And once the first build is done, the next build goes through
        Assert.True(site.Build().Succeeded);
    }

    private sealed class Progress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }

    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToBase64String(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
