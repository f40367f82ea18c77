using PlanAtlas.Pipeline;

namespace PlanAtlas.Tests.Pipeline;

/// <summary>Preview's rebuilds reuse the previous build (<see cref="BuildCache"/>); what they write must not differ from a clean build.</summary>
public sealed class BuildCacheTests
{
    [Fact]
    public void A_cached_rebuild_after_edits_writes_exactly_what_a_clean_build_writes()
    {
        // Given the real corpus built once with a cache, as preview starts
        using var site = new TempSite();
        site.CopyRealInput();
        var cache = new BuildCache();
        Assert.True(Build(site, cache).Succeeded);

        // When a line of one plan is edited, another plan is removed, and the site is rebuilt with the cache
        var dazu = Path.Combine(site.Root, "input", "plans", "dazu.md");
        File.WriteAllText(dazu, File.ReadAllText(dazu).Replace("（四）维护宪法权威。", "（四）维护宪法权威（修订）。", StringComparison.Ordinal));
        File.Delete(Path.Combine(site.Root, "input", "plans", "gansu.md"));
        Assert.True(Build(site, cache).Succeeded);
        var cached = Files(site.Output);

        // Then the output is byte for byte what a clean build of the edited input writes, gansu's pages are gone
        Directory.Delete(site.Output, recursive: true);
        Assert.True(Build(site, cache: null).Succeeded);
        var clean = Files(site.Output);
        Assert.Equal(clean.Keys.Order(StringComparer.Ordinal), cached.Keys.Order(StringComparer.Ordinal));
        Assert.All(clean, f => Assert.True(f.Value.SequenceEqual(cached[f.Key]), f.Key));
        Assert.DoesNotContain(cached.Keys, k => k.StartsWith("plans/gansu/", StringComparison.Ordinal));
        Assert.Contains("（修订）", File.ReadAllText(Path.Combine(site.Output, "plans", "dazu", "part_2__sec_4", "index.html")), StringComparison.Ordinal);
    }

    private static BuildResult Build(TempSite site, BuildCache? cache) =>
        new SitePipeline(new BuildContext(site.Settings(), site.Root) { BuildDate = TempSite.BuildDate }, cache).Build();

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
