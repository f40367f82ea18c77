using PlanAtlas.Analyse.Compare;

namespace PlanAtlas.Tests.Analyse.Compare;

/// <summary>The 条文对照 behind the two-plan pages: units cut into sentences, paired, shared phrases marked.</summary>
public sealed class TextComparisonTests
{
    [Fact]
    public void Real_provisions_are_compared_sentence_by_sentence()
    {
        // Given 大足区's and 上海's provisions on 维护宪法权威 (title, then paragraph; input/plans/dazu.md, shanghai.md)
        string[] dazu =
        [
            "维护宪法权威",
            "深入宣传宪法，推动形成尊崇宪法、学习宪法、遵守宪法、维护宪法、运用宪法的社会氛围。全面落实宪法宣誓制度，常态化开展宪法宣誓活动。",
        ];
        string[] shanghai =
        [
            "维护宪法权威",
            "全面落实宪法宣誓制度,国家工作人员就职时应当依法宣誓。充分发挥上海市宪法教育馆等宪法宣传教育阵地作用,打造覆盖各类人群、集教育和体验为一体的宪法宣传教育阵地。",
        ];

        var result = TextComparison.Compare(dazu, shanghai);

        // Then the titles are the same, the 宪法宣誓 sentences similar, and each plan has a sentence of its own
        Assert.Equal([RowKind.Same, RowKind.OnlyLeft, RowKind.Similar, RowKind.OnlyRight], result.Rows.Select(r => r.Kind));
        var similar = result.Rows[2];
        Assert.Equal("全面落实宪法宣誓制度，常态化开展宪法宣誓活动。", similar.Left!.Text);
        Assert.Contains(new TextRun("全面落实宪法宣誓制度，", false), similar.Left.Runs);
        Assert.InRange(similar.Share, 0.3, 0.7);

        // Each sentence knows its unit and whether it opens it; a sentence alone has nothing marked as shared
        Assert.Equal((0, true), (result.Rows[0].Left!.Unit, result.Rows[0].Left!.StartsUnit));
        Assert.Equal((1, true), (result.Rows[1].Left!.Unit, result.Rows[1].Left!.StartsUnit));
        Assert.Equal((1, false), (similar.Left.Unit, similar.Left.StartsUnit));
        Assert.All(result.Rows[1].Left!.Runs, r => Assert.True(r.Unique));
        Assert.Null(result.Rows[1].Right);

        // The counts add up: every character is on its side once
        Assert.Equal(dazu.Sum(u => u.Length), result.LeftCharacters);
        Assert.Equal(shanghai.Sum(u => u.Length), result.RightCharacters);
        Assert.Equal(result.LeftCharacters, result.SharedLeft + result.OnlyLeftCharacters);
        Assert.InRange(result.Similarity, 0.1, 0.5);
    }

    [Fact]
    public void The_same_text_is_all_same_rows_and_empty_sides_compare()
    {
        var same = TextComparison.Compare(["维护宪法权威。深入宣传宪法。"], ["维护宪法权威。深入宣传宪法。"]);
        Assert.Equal([RowKind.Same, RowKind.Same], same.Rows.Select(r => r.Kind));
        Assert.Equal(1.0, same.Similarity);

        var empty = TextComparison.Compare([], ["甲。"]);
        Assert.Equal(RowKind.OnlyRight, Assert.Single(empty.Rows).Kind);
        Assert.Equal(0, empty.Similarity);
        Assert.Equal(1.0, TextComparison.Compare([], []).Similarity);
    }

    [Fact]
    public void Half_and_full_width_punctuation_are_the_same()
    {
        var result = TextComparison.Compare(["学习宪法,遵守宪法;维护宪法"], ["学习宪法，遵守宪法；维护宪法"]);

        Assert.Equal([RowKind.Same, RowKind.Same], result.Rows.Select(r => r.Kind));
        Assert.Equal("学习宪法,遵守宪法;", result.Rows[0].Left!.Text);
    }
}
