using System.Text.Json;
using System.Text.RegularExpressions;
using PlanAtlas.Diagnostics;
using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Data;

/// <summary>The open data of the real corpus: counts, shape, clean texts and split responsibility notes.</summary>
[Collection(CorpusCollection.Name)]
public sealed partial class OpenDataTests(CorpusFixture corpus)
{
    [Fact]
    public void The_corpus_builds_without_errors()
    {
        Assert.True(corpus.Result.Succeeded, string.Join("\n", corpus.Result.Diagnostics));
    }

    [Theory]
    [InlineData("gansu", 28)]
    [InlineData("quxian", 65)]
    [InlineData("shanghai", 30)]
    [InlineData("liangshan", 28)]
    [InlineData("dazu", 27)]
    public void Each_plan_has_its_number_of_provisions(string slug, int count)
    {
        Assert.Equal(count, Provisions(slug).Count);
    }

    [Fact]
    public void Provisions_have_exactly_the_fields_of_the_design()
    {
        // The design's fields first, in its order; then what later versions of the contract added.
        string[] fields =
        [
            "id", "marker", "number", "title", "path", "text", "topic", "topicScore", "lead", "participants", "catchAll", "url",
            "numberPath", "citation", "permalink", "leadAgencies", "participantAgencies",
        ];
        using var doc = JsonDocument.Parse(File.ReadAllText(DataFile("gansu")));
        Assert.Equal(
            [
                "schemaVersion", "generated", "license", "slug", "title", "level", "short", "status", "issuer", "issued", "published",
                "source", "period", "jurisdiction", "preamble", "unnumbered", "provisions",
            ],
            doc.RootElement.EnumerateObject().Select(p => p.Name));
        var first = doc.RootElement.GetProperty("provisions")[0];
        Assert.Equal(fields, first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("part_2__sec_1__art_1", first.GetProperty("id").GetString());
        Assert.Equal("强化习近平法治思想学习宣传", first.GetProperty("title").GetString());
        Assert.Equal(["二、主要措施", "（一）切实增强法治观念"], first.GetProperty("path").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("plans/gansu/part_2__sec_1__art_1/", first.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("gansu")]
    [InlineData("quxian")]
    [InlineData("shanghai")]
    [InlineData("liangshan")]
    [InlineData("dazu")]
    public void Texts_are_free_of_PDF_spaces_and_responsibility_notes(string slug)
    {
        foreach (var p in Provisions(slug))
        {
            var text = p.GetProperty("text").GetString()!;
            Assert.False(CjkSpace().IsMatch(text), $"{p.GetProperty("id")}: space inside Chinese text");
            Assert.False(NoteStart().IsMatch(text), $"{p.GetProperty("id")}: responsibility note left in the text");
            Assert.DoesNotContain("为牵头单位", text);
            Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("title").GetString()));
        }
    }

    [Fact]
    public void Quxian_splits_notes_at_the_semicolon_and_keeps_catch_alls_apart()
    {
        var first = Provision("quxian", "part_2__sec_1__art_1__para_1");
        Assert.Equal(["县委办", "县政府办", "县委组织部", "县司法局", "县教育局"], Strings(first, "lead"));
        Assert.Equal(["县委党校"], Strings(first, "participants"));
        Assert.Equal(["县级有关部门", "各乡镇（街道）"], Strings(first, "catchAll"));
        Assert.EndsWith("实现宪法宣传教育常态化。", first.GetProperty("text").GetString());

        // (7) wrote "(。责任单位:": the full stop ends the text, the note is still read.
        var seventh = Provision("quxian", "part_2__sec_1__art_2__para_7");
        Assert.EndsWith("依法办事的意识和能力。", seventh.GetProperty("text").GetString());
        Assert.Contains("县委党校", Strings(seventh, "lead"));
    }

    [Fact]
    public void Liangshan_splits_notes_at_the_comma_and_keeps_the_host_off_the_agency_list()
    {
        var fourth = Provision("liangshan", "part_2__sec_4");
        Assert.Equal(["州委宣传部", "州司法局"], Strings(fourth, "lead"));
        Assert.Empty(Strings(fourth, "participants"));
        Assert.Equal(["州直各部门"], Strings(fourth, "catchAll"));

        // 州民政局 is listed twice in the source note of (十九).
        var nineteenth = Provision("liangshan", "part_5__sec_19");
        Assert.Single(Strings(nineteenth, "lead"), "州民政局");
    }

    [Fact]
    public void Dazu_reads_labelled_notes()
    {
        var fourth = Provision("dazu", "part_2__sec_4");
        Assert.Equal(["区人大常委会办公室", "区委宣传部", "区委组织部", "区司法局", "区教委"], Strings(fourth, "lead"));
        Assert.Equal(["区委办公室", "区政府办公室"], Strings(fourth, "participants"));
        Assert.Equal(["区级其他有关部门", "各镇街"], Strings(fourth, "catchAll"));
    }

    [Fact]
    public void Gansu_and_Shanghai_have_no_notes()
    {
        foreach (var slug in new[] { "gansu", "shanghai" })
        {
            Assert.All(Provisions(slug), p => Assert.Empty(Strings(p, "lead")));
        }
    }

    [Fact]
    public void The_corpus_warnings_are_the_known_source_problems()
    {
        var warnings = corpus.Result.Diagnostics.Where(d => d.Severity == Severity.Warning).Select(d => $"{d.Location.Path} {d.Code}").ToList();
        Assert.Equal(
            [
                "input/plans/dazu.md PA304",      // one 责任单位 note among labelled ones
                "input/plans/dazu.md PA403",      // 六、（二十四）形成网络共治合力: cyber security, weakly
                "input/plans/gansu.md PA403",     // 三、（三）提升协同效能: no measure fits, a local one
                "input/plans/quxian.md PA303",    // (7) "(。责任单位"
                "input/plans/quxian.md PA202",    // 6. → 8.
                "input/plans/quxian.md PA303",    // (31) "(。责任单位"
                "input/plans/quxian.md PA302",    // (33) a comma where the semicolon should be
                "input/plans/shanghai.md PA403",  // 七、（二十八）基层法治机构队伍建设: public legal services, weakly
            ],
            warnings);
    }

    [GeneratedRegex(@"[\u4e00-\u9fff，。、；：] +[\u4e00-\u9fff，。、；：]")]
    private static partial Regex CjkSpace();

    // "各责任单位普法职责" is text; a note starts with a bracket and a label.
    [GeneratedRegex(@"[（(〔]。?\s*(责任单位|牵头单位)\s*[:：]")]
    private static partial Regex NoteStart();

    private string DataFile(string slug) => Path.Combine(corpus.Output, "data", "plans", slug + ".json");

    private List<JsonElement> Provisions(string slug)
    {
        var doc = JsonDocument.Parse(File.ReadAllText(DataFile(slug)));
        return doc.RootElement.GetProperty("provisions").EnumerateArray().ToList();
    }

    private JsonElement Provision(string slug, string id) => Provisions(slug).Single(p => p.GetProperty("id").GetString() == id);

    private static List<string> Strings(JsonElement provision, string field) =>
        provision.GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToList();
}
