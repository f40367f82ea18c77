using PlanAtlas.Analyse.Compare;

namespace PlanAtlas.Tests.Analyse.Compare;

/// <summary>Marking the phrases two paired sentences share: runs of at least four characters, not scattered ones.</summary>
public sealed class SharedRunsTests
{
    [Fact]
    public void Runs_of_four_or_more_characters_in_both_are_marked_on_each_side()
    {
        // Given 大足区's and 凉山州's sentences on 宪法宣誓 (input/plans/dazu.md, liangshan.md)
        var (dazu, liangshan) = SharedRuns.Find(
            "全面落实宪法宣誓制度，常态化开展宪法宣誓活动。",
            "全面落实宪法宣誓制度,国家工作人员就职时依照法律规定进行宪法宣誓。");

        // Then the shared phrases are marked wherever they stand, and the comma counts as the same in either width
        Assert.Equal(
            [new TextRun("全面落实宪法宣誓制度，", false), new TextRun("常态化开展", true), new TextRun("宪法宣誓", false), new TextRun("活动。", true)],
            dazu);
        Assert.Equal(
            [new TextRun("全面落实宪法宣誓制度,", false), new TextRun("国家工作人员就职时依照法律规定进行", true), new TextRun("宪法宣誓", false), new TextRun("。", true)],
            liangshan);
        Assert.Equal(15, SharedRuns.SharedLength(dazu));
    }

    [Fact]
    public void Common_runs_shorter_than_four_characters_are_not_marked()
    {
        // 宪法 and 法治理 recur everywhere: sharing them is not sharing wording
        var (left, right) = SharedRuns.Find("依法治理宪法问题", "推进法治理念和宪法");

        Assert.Equal([new TextRun("依法治理宪法问题", true)], left);
        Assert.Equal([new TextRun("推进法治理念和宪法", true)], right);
        Assert.Equal(4, SharedRuns.MinimumLength);
    }

    [Fact]
    public void The_same_sentence_is_one_shared_run_and_empty_text_no_run()
    {
        var (left, right) = SharedRuns.Find("维护宪法权威。", "维护宪法权威。");
        Assert.Equal([new TextRun("维护宪法权威。", false)], left);
        Assert.Equal(left, right);

        var (empty, other) = SharedRuns.Find("", "甲乙丙丁");
        Assert.Empty(empty);
        Assert.Equal([new TextRun("甲乙丙丁", true)], other);
    }
}
