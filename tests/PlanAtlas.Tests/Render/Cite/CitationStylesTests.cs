using System.Text.Json;
using PlanAtlas.Render.Cite;
using PlanAtlas.Routing;

// Not PlanAtlas.Tests.Render: that namespace would hide PlanAtlas.Render.
namespace PlanAtlas.Tests.Rendering.Cite;

/// <summary>Each citation style, written out by hand from its rules (GB/T 7714—2015 §8.8 examples, CSL 1.0.2, biblatex).</summary>
public sealed class CitationStylesTests
{
    private static readonly DateOnly Accessed = new(2026, 12, 2);

    private static CitedWork Draft(string? url = "https://plans.example.test/plans/quxian/p/", string title = "渠县法治社会建设实施方案（2021—2025年）（征求意见稿）") =>
        new("quxian-p", "中共渠县县委全面依法治县委员会办公室", title, new DateOnly(2021, 9, 10), "二、（五）19.（57）",
            IsDraft: true, "511725", url, Accessed, SiteLink.Root("/plans/quxian/p/"));

    [Fact]
    public void GbT7714_names_issuer_full_title_place_type_dates_and_address()
    {
        Assert.Equal(
            "中共渠县县委全面依法治县委员会办公室. 渠县法治社会建设实施方案（2021—2025年）（征求意见稿）：二、（五）19.（57）[EB/OL]. (2021-09-10)[2026-12-02]. https://plans.example.test/plans/quxian/p/",
            CitationStyles.GbT7714(Draft()).Plain);
    }

    [Fact]
    public void GbT7714_leaves_out_what_the_plan_does_not_say()
    {
        var work = Draft(url: null) with { Issuer = null, Issued = null, Place = null };
        Assert.Equal("渠县法治社会建设实施方案（2021—2025年）（征求意见稿）[EB/OL]. [2026-12-02]. ", CitationStyles.GbT7714(work).Plain);
    }

    [Fact]
    public void The_law_journal_style_writes_dates_in_chinese_and_ends_with_the_access_date()
    {
        Assert.Equal(
            "中共渠县县委全面依法治县委员会办公室：《渠县法治社会建设实施方案（2021—2025年）（征求意见稿）》二、（五）19.（57），2021年9月10日发布，https://plans.example.test/plans/quxian/p/，最后访问日期：2026年12月2日。",
            CitationStyles.LawJournal(Draft()).Plain);
    }

    [Fact]
    public void Csl_json_is_valid_json_with_the_draft_status_and_hostile_text_escaped()
    {
        var hostile = "标题\"}]\\ </pre>";
        var json = JsonDocument.Parse(CitationStyles.CslJson(Draft(url: "https://x.test/a\"b", title: hostile)).Plain).RootElement;

        var item = Assert.Single(json.EnumerateArray());
        Assert.Equal("legislation", item.GetProperty("type").GetString());
        Assert.Equal(hostile + "：二、（五）19.（57）", item.GetProperty("title").GetString());
        Assert.Equal("征求意见稿", item.GetProperty("status").GetString());
        Assert.Equal("511725", item.GetProperty("jurisdiction").GetString());
        Assert.Equal("https://x.test/a\"b", item.GetProperty("URL").GetString());
        Assert.Equal([2021, 9, 10], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(d => d.GetInt32()));
        Assert.Equal([2026, 12, 2], item.GetProperty("accessed").GetProperty("date-parts")[0].EnumerateArray().Select(d => d.GetInt32()));
    }

    [Fact]
    public void A_final_text_has_no_status_in_csl_json_and_no_note_in_bibtex()
    {
        var final = Draft() with { IsDraft = false, Title = "甘肃省法治社会建设实施方案（2021—2025年）" };
        Assert.False(JsonDocument.Parse(CitationStyles.CslJson(final).Plain).RootElement[0].TryGetProperty("status", out _));
        Assert.DoesNotContain("note =", CitationStyles.BibTex(final).Plain, StringComparison.Ordinal);
    }

    [Fact]
    public void BibTex_escapes_what_TeX_reads_and_keeps_braces_balanced()
    {
        var text = CitationStyles.BibTex(Draft(url: "https://x.test/{a}", title: "50%的{规划}_&#$")).Plain;

        Assert.Contains(@"title = {{50\%的\{规划\}\_\&\#\$：二、（五）19.（57）}}", text, StringComparison.Ordinal);
        Assert.Contains("url = {https://x.test/%7Ba%7D}", text, StringComparison.Ordinal);
        Assert.Contains("urldate = {2026-12-02}", text, StringComparison.Ordinal);
        Assert.StartsWith("@misc{quxian-p,\n", text, StringComparison.Ordinal);
        var unescaped = text.Replace(@"\{", string.Empty, StringComparison.Ordinal).Replace(@"\}", string.Empty, StringComparison.Ordinal);
        Assert.Equal(unescaped.Count(c => c == '{'), unescaped.Count(c => c == '}'));
    }

    [Fact]
    public void The_address_and_access_date_are_slots_the_readers_copy_fills()
    {
        foreach (var style in CitationStyles.All(Draft(url: null)))
        {
            Assert.Contains(style.Parts, p => p is { Slot: "url", Text: "" });
            Assert.Contains(style.Parts, p => p.Slot == "accessed" && p.Form is "iso" or "zh" or "csl");
        }
    }
}
