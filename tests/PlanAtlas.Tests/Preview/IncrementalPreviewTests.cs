using PlanAtlas.Pipeline;
using PlanAtlas.Write;

namespace PlanAtlas.Tests.Preview;

/// <summary>
/// Preview's rebuild after an edit keeps the pages the edit does not affect (<see cref="PageReuse"/>) and reuses the
/// unchanged plans' model; whatever it keeps, the output and the findings are those of a fresh full build.
/// </summary>
public sealed class IncrementalPreviewTests : IDisposable
{
    private readonly TempSite _site = new();
    private readonly BuildCache _cache = new();

    public IncrementalPreviewTests() => _site.CopyRealInput();

    private string Dazu => Path.Combine(_site.Root, "input", "plans", "dazu.md");

    [Fact]
    public void A_text_edit_renders_only_the_pages_it_affects_and_writes_what_a_full_build_writes()
    {
        // Given the real corpus built once with a cache, as preview starts
        Assert.True(Build(_cache).Succeeded);

        // When a provision's title and text change (its plan, provision, measure, pair, above and agency pages show them)
        Edit(Dazu, "（四）维护宪法权威。深入宣传宪法，推动形成", "（四）维护宪法权威（修订）。深入宣传宪法，积极推动形成");
        var rebuilt = Build(_cache);

        // Then pages that show no edited plan are kept as written, every page that shows dazu is rendered again
        Assert.True(rebuilt.Succeeded);
        Assert.NotEmpty(rebuilt.KeptPages);
        Assert.DoesNotContain(rebuilt.KeptPages, p => p.StartsWith("plans/dazu/", StringComparison.Ordinal));
        Assert.DoesNotContain(rebuilt.KeptPages, p => p.StartsWith("agencies/dazu-", StringComparison.Ordinal));
        Assert.DoesNotContain(rebuilt.KeptPages, p => p.Contains("dazu", StringComparison.Ordinal) && p.StartsWith("compare/", StringComparison.Ordinal));
        Assert.Contains(rebuilt.KeptPages, p => p.StartsWith("plans/gansu/", StringComparison.Ordinal));
        Assert.Contains("（修订）", File.ReadAllText(Path.Combine(_site.Output, "plans", "dazu", "part_2__sec_4", "index.html")), StringComparison.Ordinal);

        // And the output and the findings are those of a fresh build of the edited input
        AssertSameAsFullBuild(rebuilt);
    }

    [Theory]
    [InlineData("short: 大足区", "short: 重庆市大足区")] // metadata: every page that names the plan
    [InlineData("（七）深化法治文化建设。", "深化法治文化建设。")] // numbering: a provision and its id are gone
    [InlineData("（四）维护宪法权威。", "（四）网络安全与个人信息保护。")] // placement: the provision moves to another measure
    public void An_edit_of_metadata_ids_or_placements_renders_every_page_and_writes_what_a_full_build_writes(string before, string after)
    {
        Assert.True(Build(_cache).Succeeded);

        Edit(Dazu, before, after);
        var rebuilt = Build(_cache);

        Assert.True(rebuilt.Succeeded);
        Assert.Empty(rebuilt.KeptPages);
        AssertSameAsFullBuild(rebuilt);
    }

    [Fact]
    public void After_a_failed_rebuild_the_next_one_compares_with_the_site_last_written()
    {
        // Given a site written, then an edit of dazu built together with a broken plan: nothing is written
        Assert.True(Build(_cache).Succeeded);
        var written = Files(_site.Output);
        Edit(Dazu, "（四）维护宪法权威。", "（四）维护宪法权威（修订）。");
        var quxian = Path.Combine(_site.Root, "input", "plans", "quxian.md");
        var good = File.ReadAllText(quxian);
        File.WriteAllText(quxian, good.Replace("slug: quxian", "slug: dazu", StringComparison.Ordinal));
        Assert.False(Build(_cache).Succeeded);
        AssertSameFiles(written, Files(_site.Output));

        // When the broken plan is repaired and the site rebuilt (dazu's plan object now comes from the failed build)
        File.WriteAllText(quxian, good);
        var rebuilt = Build(_cache);

        // Then dazu's edit is shown, and the site is what a fresh build writes
        Assert.True(rebuilt.Succeeded);
        Assert.NotEmpty(rebuilt.KeptPages);
        Assert.Contains("（修订）", File.ReadAllText(Path.Combine(_site.Output, "plans", "dazu", "part_2__sec_4", "index.html")), StringComparison.Ordinal);
        AssertSameAsFullBuild(rebuilt);
    }

    [Fact]
    public void A_rebuild_that_fails_after_its_data_is_written_leaves_the_output_as_it_was_and_nothing_beside_it()
    {
        // Given a site written, then an edit (its site-wide data files change) built with a template that fails to render
        Assert.True(Build(_cache).Succeeded);
        var written = Files(_site.Output);
        Edit(Dazu, "（四）维护宪法权威。", "（四）维护宪法权威（修订）。");
        _site.WriteInput("layouts/about.sbn-html", "{{ Page.NoSuchMember }}");

        // When it is rebuilt
        var failed = Build(_cache);

        // Then nothing of it is in the output, and its pending files are gone with it
        Assert.False(failed.Succeeded);
        AssertSameFiles(written, Files(_site.Output));
        Assert.Empty(OutputNames.Leftovers(_site.Output));

        // And once the template is repaired, the rebuild writes what a full build writes, again with nothing beside it
        File.Delete(Path.Combine(_site.Root, "input", "layouts", "about.sbn-html"));
        var rebuilt = Build(_cache);
        Assert.True(rebuilt.Succeeded);
        Assert.Empty(OutputNames.Leftovers(_site.Output));
        AssertSameAsFullBuild(rebuilt);
    }

    [Fact]
    public void An_unchanged_rebuild_keeps_every_page_that_declares_its_plans_and_reports_the_same_findings()
    {
        var first = Build(_cache);
        Assert.True(first.Succeeded);

        var again = Build(_cache);

        Assert.True(again.Succeeded);
        Assert.Contains(again.KeptPages, p => p.StartsWith("plans/", StringComparison.Ordinal));
        Assert.Equal(Findings(first), Findings(again));
    }

    /// <summary>Builds the edited input afresh, without a cache, and compares every file and every finding.</summary>
    private void AssertSameAsFullBuild(BuildResult rebuilt)
    {
        var incremental = Files(_site.Output);
        Directory.Delete(_site.Output, recursive: true);
        var full = Build(cache: null);
        Assert.True(full.Succeeded);
        AssertSameFiles(Files(_site.Output), incremental);
        Assert.Equal(Findings(full), Findings(rebuilt));
    }

    private static void AssertSameFiles(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, f => Assert.True(f.Value.SequenceEqual(actual[f.Key]), f.Key));
    }

    private BuildResult Build(BuildCache? cache) =>
        new SitePipeline(new BuildContext(_site.Settings(), _site.Root) { BuildDate = TempSite.BuildDate }, cache).Build();

    private static void Edit(string file, string before, string after)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(before, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(before, after, StringComparison.Ordinal));
    }

    private static List<string> Findings(BuildResult result) => result.Diagnostics.Select(d => d.ToString()).ToList();

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    public void Dispose() => _site.Dispose();
}
