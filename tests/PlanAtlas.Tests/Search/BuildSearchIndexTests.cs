using System.IO.Compression;
using System.Text.Json;
using PlanAtlas.Configuration;
using PlanAtlas.Model;
using PlanAtlas.Pipeline;
using PlanAtlas.Search;
using PlanAtlas.Write;
using Xunit.Abstractions;

namespace PlanAtlas.Tests.Search;

/// <summary>
/// The search stage over the real provisions: the index file it writes, read by lunr.js in node, finds what
/// a plain substring scan finds; the document store links every result to its provision; lunr.js is shipped.
/// </summary>
public sealed class BuildSearchIndexTests(ITestOutputHelper output)
{
    private const string IndexPrefix = "window." + BuildSearchIndex.IndexGlobal + " = ";
    private const string DocumentsPrefix = "window." + BuildSearchIndex.DocumentsGlobal + " = ";

    private static readonly string[] Phrases = ["宪法宣誓", "民法典", "枫桥经验", "法律援助", "村规民约"];

    private static readonly Lazy<SiteFiles> Built = new(() => Build(SearchTestCorpus.Site));

    private static readonly Lazy<IReadOnlyList<QueryResults>> Answers = new(() =>
        LunrNode.Query(Unwrap(Built.Value.GetText(BuildSearchIndex.IndexFile), IndexPrefix), Phrases));

    public static TheoryData<string> PhraseData() => new(Phrases);

    [Theory]
    [MemberData(nameof(PhraseData))]
    public void Given_the_real_provisions_When_lunr_js_searches_the_written_index_Then_it_finds_what_a_substring_scan_finds(string phrase)
    {
        // Given every provision whose title or text contains the phrase, and every one holding each of its bigrams
        var docs = SearchTestCorpus.Documents;
        var containing = docs
            .Where(d => d.Title.Contains(phrase, StringComparison.Ordinal) || d.Text.Contains(phrase, StringComparison.Ordinal))
            .Select(d => d.Ref)
            .ToHashSet(StringComparer.Ordinal);
        var bigrams = ChineseTokenizer.Tokenize(phrase);
        var holdingEveryBigram = docs
            .Where(d => bigrams.All(b => new[] { d.Title, d.Text, d.Plan, d.Path }.Any(f => f.Contains(b, StringComparison.Ordinal))))
            .Select(d => d.Ref)
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(containing);

        // When lunr.js loads assets/search/index.js's index and the page's searchAll runs the phrase
        var found = Answers.Value.Single(r => r.Query == phrase).All.Select(h => h.Ref).ToHashSet(StringComparer.Ordinal);

        // Then every provision containing it is found, and none lacking one of its bigrams
        Assert.True(containing.IsSubsetOf(found), $"{phrase}: not found although they contain it: {string.Join(", ", containing.Except(found))}");
        Assert.True(found.IsSubsetOf(holdingEveryBigram), $"{phrase}: found without every bigram: {string.Join(", ", found.Except(holdingEveryBigram))}");
        Assert.Equal(holdingEveryBigram.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        output.WriteLine($"{phrase}: {containing.Count} provisions contain it, {found.Count} found");
    }

    [Fact]
    public void Index_file_assigns_the_index_serialised_with_the_sites_title_boost_to_a_global()
    {
        var settings = RepoSettings();
        settings.SearchTitleBoost = 4;
        var files = Build(SearchTestCorpus.Site, settings);

        var script = files.GetText(BuildSearchIndex.IndexFile);

        Assert.StartsWith(IndexPrefix + "{\"version\":\"2.3.9\"", script, StringComparison.Ordinal);
        Assert.EndsWith("};\n", script, StringComparison.Ordinal);
        Assert.Equal(LunrIndexWriter.Serialize(SearchTestCorpus.Documents, new LunrIndexOptions { TitleBoost = 4 }), Unwrap(script, IndexPrefix));
    }

    [Fact]
    public void Documents_are_one_per_provision_with_ref_title_text_plan_and_path()
    {
        var site = SearchTestCorpus.Site;
        var gansu = site.FindPlan("gansu")!;

        var doc = BuildSearchIndex.Documents(site).Single(d => d.Ref == "gansu/part_2__sec_1__art_2");

        Assert.Equal(site.Plans.Sum(p => p.Provisions.Count), BuildSearchIndex.Documents(site).Count);
        Assert.Equal("推动宪法宣传教育常态化", doc.Title);
        Assert.Equal(gansu.FindDivision("part_2__sec_1__art_2")!.Text, doc.Text);
        Assert.Contains("全面落实宪法宣誓制度", doc.Text, StringComparison.Ordinal);
        Assert.Equal("甘肃省", doc.Plan);
        Assert.Equal("二、主要措施 / （一）切实增强法治观念", doc.Path);
    }

    [Fact]
    public void Document_store_gives_every_provision_in_site_order_with_number_text_and_links_to_files()
    {
        var site = SearchTestCorpus.Site;

        using var store = JsonDocument.Parse(Unwrap(Built.Value.GetText(BuildSearchIndex.DocumentsFile), DocumentsPrefix));

        var expected = site.Plans.SelectMany(p => p.Provisions.Select(d => (Plan: p, Provision: d))).ToList();
        var entries = store.RootElement.EnumerateObject().ToList();
        Assert.Equal(expected.Select(e => e.Plan.Slug + "/" + e.Provision.Id), entries.Select(e => e.Name));
        foreach (var ((plan, provision), entry) in expected.Zip(entries))
        {
            var value = entry.Value;
            Assert.Equal(plan.Slug, value.GetProperty("plan").GetString());
            Assert.Equal(plan.Metadata.Label, value.GetProperty("planShort").GetString());
            Assert.Equal(provision.NumberPath, value.GetProperty("number").GetString());
            Assert.Equal(provision.Marker.Display, value.GetProperty("marker").GetString());
            Assert.Equal(provision.Title, value.GetProperty("title").GetString());
            Assert.Equal(provision.Text, value.GetProperty("text").GetString());
            Assert.Equal($"plans/{plan.Slug}/index.html#{provision.Id}", value.GetProperty("anchor").GetString());
            Assert.Equal($"plans/{plan.Slug}/{provision.Id}/index.html", value.GetProperty("page").GetString());
            Assert.False(value.TryGetProperty("topic", out _), "no topics without the analyse stage");
        }

        var quxian = store.RootElement.GetProperty("quxian/part_2__sec_1__art_1__para_3");
        Assert.Equal("二、（一）1.（3）", quxian.GetProperty("number").GetString());
        Assert.Equal("二、主要任务 / （一）推动全社会增强法治观念 / 1.维护宪法权威", quxian.GetProperty("path").GetString());
    }

    [Fact]
    public void Document_store_names_the_measure_a_provision_is_placed_under()
    {
        // Given a site where one provision is placed under a measure and another is a local measure
        var real = SearchTestCorpus.Site;
        var gansu = real.FindPlan("gansu")!;
        var constitution = new Topic("constitution", 4, "二、推动全社会增强法治观念", "维护宪法权威", ["宪法"]);
        var placements = new Dictionary<Division, TopicPlacement>
        {
            [gansu.FindDivision("part_2__sec_1__art_2")!] = new(constitution, 0.9, PlacementSource.Aligned),
            [gansu.FindDivision("part_2__sec_1__art_3")!] = new(null, 0.05, PlacementSource.Unplaced),
        };
        var site = new SiteModel { Plans = real.Plans, Topics = [constitution], Placements = placements };

        // When the store is written
        using var store = JsonDocument.Parse(BuildSearchIndex.DocumentStore(site));

        // Then the placed provision carries the measure's id and title, the others nothing
        var placed = store.RootElement.GetProperty("gansu/part_2__sec_1__art_2");
        Assert.Equal("constitution", placed.GetProperty("topic").GetString());
        Assert.Equal("维护宪法权威", placed.GetProperty("topicTitle").GetString());
        Assert.False(store.RootElement.GetProperty("gansu/part_2__sec_1__art_3").TryGetProperty("topic", out _));
        Assert.Single(store.RootElement.EnumerateObject(), e => e.Value.TryGetProperty("topic", out _));
    }

    [Fact]
    public void Document_store_keeps_chinese_readable_and_plan_text_inert()
    {
        // Given a provision whose text looks like markup
        using var site = new TempSite();
        site.WritePlan("a.md", """
            ---
            slug: a
            title: 甲县法治社会建设实施方案（2021—2025年）
            level: county
            ---

            一、主要任务

            1.防止注入。<script>alert("x")</script> & </script>

            """);
        var settings = site.Settings();
        var model = new SitePipeline(new BuildContext(settings, site.Root)).BuildModel(new StageTimings())!;

        // When the store is written
        var json = BuildSearchIndex.DocumentStore(model);

        // Then it is JSON whose strings hold the text as written: the page puts it in with textContent
        Assert.Contains("防止注入", json, StringComparison.Ordinal);
        using var store = JsonDocument.Parse(json);
        Assert.Equal("<script>alert(\"x\")</script> & </script>", store.RootElement.GetProperty("a/part_1__art_1").GetProperty("text").GetString());
    }

    [Fact]
    public void Lunr_is_copied_from_node_modules_minified()
    {
        var shipped = Built.Value.Get(BuildSearchIndex.LunrFile);

        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.NodeModules, "lunr", "lunr.min.js")), shipped);
    }

    [Fact]
    public void Given_no_lunr_in_node_modules_When_the_index_is_built_Then_the_error_says_to_run_npm_ci()
    {
        var settings = RepoSettings();
        settings.NodeModulesPath = Path.Combine(Path.GetTempPath(), "planatlas-no-node-modules-" + Guid.NewGuid().ToString("N"));
        var files = new SiteFiles();

        var error = Assert.Throws<SearchAssetException>(() => new BuildSearchIndex().Run(SearchTestCorpus.Site, files, settings));

        Assert.Contains("npm ci", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(settings.NodeModulesPath, "lunr"), error.Message, StringComparison.Ordinal);
        Assert.Equal(0, files.Count);
    }

    [Fact]
    public void Given_another_lunr_version_When_the_index_is_built_Then_the_error_names_both_versions()
    {
        var modules = Directory.CreateTempSubdirectory("planatlas-node-modules-");
        try
        {
            Directory.CreateDirectory(Path.Combine(modules.FullName, "lunr"));
            File.WriteAllText(Path.Combine(modules.FullName, "lunr", "package.json"), """{ "name": "lunr", "version": "2.4.0" }""");
            File.WriteAllText(Path.Combine(modules.FullName, "lunr", "lunr.js"), "/* lunr */");
            var settings = RepoSettings();
            settings.NodeModulesPath = modules.FullName;

            var error = Assert.Throws<SearchAssetException>(() => new BuildSearchIndex().Run(SearchTestCorpus.Site, new SiteFiles(), settings));

            Assert.Contains("2.4.0", error.Message, StringComparison.Ordinal);
            Assert.Contains("2.3.9", error.Message, StringComparison.Ordinal);
            Assert.Contains("npm ci", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            modules.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_same_site_gives_the_same_bytes()
    {
        var again = Build(SearchTestCorpus.Site);

        foreach (var file in new[] { BuildSearchIndex.IndexFile, BuildSearchIndex.DocumentsFile, BuildSearchIndex.LunrFile })
        {
            Assert.Equal(Built.Value.Get(file), again.Get(file));
        }
    }

    [Fact]
    public void The_search_pages_data_stays_small_enough_to_download_on_a_phone()
    {
        // The sizes and the stage's time are printed by `dotnet run --project bench/PlanAtlas.Benchmarks -- sizes`.
        var files = Built.Value;

        var gzip = Gzip(files.Get(BuildSearchIndex.IndexFile)) + Gzip(files.Get(BuildSearchIndex.DocumentsFile));

        Assert.InRange(gzip, 1, 1_000_000);
    }

    [Fact]
    public void Index_and_store_grow_linearly_with_the_number_of_plans()
    {
        // Given the real five plans, and fifty (the five copied under new slugs)
        var settings = RepoSettings();
        var small = SearchTestCorpus.Site;
        var large = SearchTestCorpus.Synthetic(50);
        Assert.Equal(10 * small.Plans.Sum(p => p.Provisions.Count), large.Plans.Sum(p => p.Provisions.Count));

        // When both are indexed
        var smallFiles = Build(small, settings);
        var largeFiles = Build(large, settings);

        // Then ten times the plans give at most about ten times the bytes (terms are shared; refs grow by a suffix), never the square
        foreach (var file in new[] { BuildSearchIndex.IndexFile, BuildSearchIndex.DocumentsFile })
        {
            var ratio = (double)largeFiles.Get(file).Length / smallFiles.Get(file).Length;
            Assert.InRange(ratio, 1, 12);
        }
    }

    private static SiteSettings RepoSettings() => TestSettings.Default();

    private static SiteFiles Build(SiteModel site, SiteSettings? settings = null)
    {
        var files = new SiteFiles();
        new BuildSearchIndex().Run(site, files, settings ?? RepoSettings());
        return files;
    }

    private static string Unwrap(string script, string prefix)
    {
        Assert.StartsWith(prefix, script, StringComparison.Ordinal);
        Assert.EndsWith(";\n", script, StringComparison.Ordinal);
        return script[prefix.Length..^2];
    }

    private static long Gzip(byte[] raw)
    {
        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(raw);
        }

        return gzipped.Length;
    }
}
