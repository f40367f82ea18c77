using System.Text;
using System.Text.Json;
using PlanAtlas.Model;
using PlanAtlas.Pipeline;
using PlanAtlas.Search;
using PlanAtlas.Tests.Infrastructure;
using PlanAtlas.Write;
using Xunit.Abstractions;

namespace PlanAtlas.Tests.Search;

/// <summary>
/// The files the search stage writes, read back as data: every posting list is exactly the documents (or plans) that
/// hold its key, every key sits in the shard its hash names, the chunks hold every document in site order with text
/// as written, and the sizes stay within the budget as the corpus grows.
/// </summary>
public sealed class BuildSearchIndexTests(CorpusFixture corpus, ITestOutputHelper output) : IClassFixture<CorpusFixture>
{
    private static readonly Lazy<(SearchCorpus Corpus, SiteFiles Files, SearchIndexSummary Summary)> Real = new(() =>
    {
        var files = new SiteFiles();
        var summary = new BuildSearchIndex().Run(SearchTestCorpus.Site, files);
        return (SearchTestCorpus.Corpus, files, summary);
    });

    [Fact]
    public void Every_text_term_lists_exactly_the_documents_whose_folded_title_text_or_note_holds_it()
    {
        var (search, files, summary) = Real.Value;
        var shards = ReadShards(files, summary.Shards);
        var checkedTerms = 0;
        foreach (var (term, posting) in shards.Where(t => t.Key.Length <= 2 && !t.Key.StartsWith('@') && !t.Key.StartsWith('#') && t.Key != " "))
        {
            // One or two CJK characters, or up to three ASCII ones: exactly a substring, so the list must equal the scan.
            var expected = search.Documents
                .Where(d => d.Fields.Any(f => ChineseTokenizer.Fold(f).Contains(term, StringComparison.Ordinal)))
                .Select(d => d.Number);
            Assert.Equal(expected, PostingCodec.Decode(posting));
            checkedTerms++;
        }

        Assert.InRange(checkedTerms, 1000, int.MaxValue);
    }

    [Fact]
    public void Every_key_is_in_the_shard_its_hash_names_and_no_shard_is_far_over_the_target()
    {
        var (_, files, summary) = Real.Value;
        for (var shard = 0; shard < summary.Shards; shard++)
        {
            var text = files.GetText(ShardWriter.PathOf(shard));
            Assert.StartsWith($"PlanAtlasSearch.addShard({shard},{{", text, StringComparison.Ordinal);
            foreach (var key in Parse(text).EnumerateObject())
            {
                Assert.Equal(shard, TermShards.ShardOf(key.Name, summary.Shards));
            }

            Assert.InRange(files.Get(ShardWriter.PathOf(shard)).Length, 1, 2 * TermShards.TargetBytes);
        }
    }

    [Fact]
    public void A_name_key_lists_the_plans_whose_label_or_places_hold_it()
    {
        var files = new SiteFiles();
        var summary = new BuildSearchIndex().Run(corpus.Site, files);
        var shards = ReadShards(files, summary.Shards);
        var search = SearchCorpus.Of(corpus.Site);

        foreach (var written in new[] { "大足区", "大足", "四川省", "川", "渠县（征求意见稿）", "重庆市", "凉山彝族自治州" })
        {
            var key = ChineseTokenizer.Fold(written); // names are folded like text: （ is (
            var expected = search.Plans.Where(p => p.Names.Any(n => n.Contains(key, StringComparison.Ordinal))).Select(p => p.Number).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, PostingCodec.Decode(shards["@" + key]));
        }
    }

    [Fact]
    public void Chunks_hold_every_document_in_site_order_agencies_first_with_links_measures_and_plans()
    {
        var files = new SiteFiles();
        var summary = new BuildSearchIndex().Run(corpus.Site, files);
        var search = SearchCorpus.Of(corpus.Site);

        var docs = Enumerable.Range(0, summary.Chunks).SelectMany(n =>
        {
            var chunk = Parse(files.GetText(ChunkWriter.PathOf(n)));
            var plans = chunk.GetProperty("plans").EnumerateArray().ToList();
            return chunk.GetProperty("docs").EnumerateArray().Select(d => (Doc: d, Plan: d.TryGetProperty("p", out var p) ? plans[p.GetInt32()] : (JsonElement?)null)).ToList();
        }).ToList();

        Assert.Equal(search.Documents.Count, docs.Count);
        Assert.True(search.AgencyCount > 10);
        Assert.All(docs.Take(search.AgencyCount), d => Assert.Equal("a", d.Doc.GetProperty("k").GetString()));
        foreach (var (document, (doc, plan)) in search.Documents.Zip(docs))
        {
            Assert.Equal(document.Id, doc.GetProperty("id").GetString());
            Assert.Equal(document.Title, doc.GetProperty("t").GetString());
            Assert.Equal(document.Text, doc.GetProperty("x").GetString());
            Assert.Equal(document.Plan?.Slug, plan?.GetProperty("slug").GetString());
        }

        var first = search.Documents.First(d => d.Kind == SearchKind.Provision && d.Topic is not null);
        var meta = Parse(files.GetText(MetaWriter.PathOf()));
        var (firstDoc, _) = docs[first.Number];
        Assert.Equal(first.Topic!.Id, meta.GetProperty("topics")[firstDoc.GetProperty("c").GetInt32()].GetProperty("id").GetString());
        Assert.Equal(first.NumberPath, firstDoc.GetProperty("n").GetString());
        Assert.Equal("plans/{plan}/index.html#{id}", meta.GetProperty("routes").GetProperty("anchor").GetString());
        Assert.Equal("agencies/{id}/index.html", meta.GetProperty("routes").GetProperty("agency").GetString());
        Assert.Equal(search.Documents.Count, meta.GetProperty("documents").GetInt32());
        Assert.Equal(search.Plans.Select(p => p.DocumentCount), PostingCodec.DecodeNumbers(meta.GetProperty("planCounts").GetString()!));
    }

    [Fact]
    public void A_subset_keeps_only_the_chosen_plans_provisions_and_the_agencies_working_in_those_plans()
    {
        var files = new SiteFiles();
        var keep = corpus.Site.Plans.First(p => p.Slug == "dazu").Provisions.Take(5).ToHashSet();
        var summary = new BuildSearchIndex(p => p.Slug is "dazu" or "quxian", keep.Contains).Run(corpus.Site, files);
        var search = SearchCorpus.Of(corpus.Site, p => p.Slug is "dazu" or "quxian", keep.Contains);

        Assert.Equal(5, search.Documents.Count(d => d.Kind == SearchKind.Provision));
        Assert.All(search.Documents.Where(d => d.Kind == SearchKind.Agency), d => Assert.Contains(corpus.Site.Agencies.FindBySlug(d.Id)!.Plans, p => p.Slug is "dazu" or "quxian"));
        Assert.Equal(search.Documents.Count, summary.Documents);
        Assert.DoesNotContain(files.Paths, p => p.Contains("gansu", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_text_is_kept_as_written_in_json_strings_never_as_script()
    {
        // Given a provision whose text looks like markup and script
        using var site = new TempSite();
        site.WritePlan("a.md", """
            ---
            slug: a
            title: 甲县法治社会建设实施方案（2021—2025年）
            level: county
            ---

            一、主要任务

            1.防止注入。<script>alert("x")</script> & </script>"); PlanAtlasSearch.x = 1; ("

            """);
        var model = new SitePipeline(new BuildContext(site.Settings(), site.Root)).BuildModel(new StageTimings())!;
        var files = new SiteFiles();

        new BuildSearchIndex().Run(model, files);

        // Then the chunk is one call whose JSON string holds the text exactly; the page puts it in with textContent
        var text = files.GetText(ChunkWriter.PathOf(0));
        Assert.StartsWith("PlanAtlasSearch.addChunk(0,{", text, StringComparison.Ordinal);
        Assert.EndsWith("});\n", text, StringComparison.Ordinal);
        Assert.EndsWith("<script>alert(\"x\")</script> & </script>\"); PlanAtlasSearch.x = 1; (\"", Parse(text).GetProperty("docs")[0].GetProperty("x").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_site_gives_the_same_bytes()
    {
        var first = new SiteFiles();
        var second = new SiteFiles();
        new BuildSearchIndex().Run(SearchTestCorpus.Site, first);
        new BuildSearchIndex().Run(SearchTestCorpus.Site, second);

        Assert.Equal(first.Paths.Order(StringComparer.Ordinal), second.Paths.Order(StringComparer.Ordinal));
        Assert.All(first.Paths, p => Assert.Equal(first.Get(p), second.Get(p)));
    }

    [Fact]
    public void At_a_hundred_times_the_plans_shards_stay_near_the_target_and_meta_grows_a_few_bytes_a_plan()
    {
        var small = new SiteFiles();
        var large = new SiteFiles();
        var smallSummary = new BuildSearchIndex().Run(SearchTestCorpus.Synthetic(5), small);
        var largeSummary = new BuildSearchIndex().Run(SearchTestCorpus.Synthetic(250), large);

        long Total(SiteFiles f, string folder) => f.Paths.Where(p => p.StartsWith(folder, StringComparison.Ordinal)).Sum(p => (long)f.Get(p).Length);
        var maxShard = Enumerable.Range(0, largeSummary.Shards).Max(n => large.Get(ShardWriter.PathOf(n)).Length);
        var meta = large.Get(MetaWriter.PathOf()).Length - small.Get(MetaWriter.PathOf()).Length;
        output.WriteLine($"5 plans: {smallSummary.Shards} shards, {Total(small, "assets/search/terms"):N0} bytes; 250 plans: {largeSummary.Shards} shards, {Total(large, "assets/search/terms"):N0} bytes, largest {maxShard:N0}; meta grew {meta:N0} bytes");

        Assert.InRange(maxShard, 1, 3 * TermShards.TargetBytes);
        Assert.InRange(meta, 0, 245 * 8);

        // The long lists of common terms are files of their own, each holding one key, the one its shard points to.
        var own = large.Paths.Where(p => p.StartsWith("assets/search/terms/k", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(own);
        var shards = Enumerable.Range(0, largeSummary.Shards).SelectMany(n => Parse(large.GetText(ShardWriter.PathOf(n))).EnumerateObject()).ToList();
        foreach (var file in own)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            Assert.StartsWith($"PlanAtlasSearch.addShard(\"{name}\",{{", large.GetText(file), StringComparison.Ordinal);
            var key = Assert.Single(Parse(large.GetText(file)).EnumerateObject());
            Assert.InRange(key.Value.GetString()!.Length, ShardWriter.OwnFileBytes + 1, int.MaxValue);
            var posting = key.Value.GetString()!;
            Assert.Equal($"{ShardWriter.ElsewhereMark}{name}:{posting.Length}", Assert.Single(shards, s => s.Name == key.Name).Value.GetString());
        }
        Assert.InRange(Total(large, "assets/search/docs"), 40 * Total(small, "assets/search/docs"), 60 * Total(small, "assets/search/docs"));
    }

    /// <summary>Every key's posting list, read as the engine does: from its shard, or from the file its shard names.</summary>
    private static Dictionary<string, string> ReadShards(SiteFiles files, int count) =>
        Enumerable.Range(0, count)
            .SelectMany(n => Parse(files.GetText(ShardWriter.PathOf(n))).EnumerateObject())
            .ToDictionary(p => p.Name, p => Posting(files, p.Name, p.Value.GetString()!), StringComparer.Ordinal);

    private static string Posting(SiteFiles files, string key, string value) => value[0] == ShardWriter.ElsewhereMark
        ? Parse(files.GetText(ShardWriter.PathOf(value[1..value.IndexOf(':')]))).GetProperty(key).GetString()!
        : value;

    /// <summary>The JSON argument of a data file's one call: <c>PlanAtlasSearch.addShard(3,{…});</c>.</summary>
    private static JsonElement Parse(string script)
    {
        var start = script.IndexOf('{');
        var end = script.LastIndexOf('}');
        return JsonDocument.Parse(script[start..(end + 1)]).RootElement.Clone();
    }
}
