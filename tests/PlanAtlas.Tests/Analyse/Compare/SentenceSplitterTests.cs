using PlanAtlas.Analyse.Compare;

namespace PlanAtlas.Tests.Analyse.Compare;

/// <summary>Cutting a provision's text into the sentences a 条文对照 pairs.</summary>
public sealed class SentenceSplitterTests
{
    [Fact]
    public void A_paragraph_is_cut_after_each_full_stop_and_semicolon_keeping_the_marks()
    {
        // Given 大足区's （四）, as written in input/plans/dazu.md (with a semicolon added to its second sentence)
        var text = "深入宣传宪法，推动形成尊崇宪法、学习宪法、遵守宪法、维护宪法、运用宪法的社会氛围。" +
                   "全面落实宪法宣誓制度；常态化开展宪法宣誓活动。持续开展学生“学宪法讲宪法”活动，增强青少年的规则意识、法治观念。";

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(
            [
                "深入宣传宪法，推动形成尊崇宪法、学习宪法、遵守宪法、维护宪法、运用宪法的社会氛围。",
                "全面落实宪法宣誓制度；",
                "常态化开展宪法宣誓活动。",
                "持续开展学生“学宪法讲宪法”活动，增强青少年的规则意识、法治观念。",
            ],
            sentences);
        Assert.Equal(text, string.Concat(sentences));
    }

    [Fact]
    public void A_closing_quote_or_bracket_stays_with_its_sentence()
    {
        var sentences = SentenceSplitter.Split("开展“谁执法谁普法。”活动（试行。）随后推广");

        Assert.Equal(["开展“谁执法谁普法。”", "活动（试行。）", "随后推广"], sentences);
    }

    [Fact]
    public void Exclamation_and_question_marks_half_width_semicolons_and_line_ends_also_end_a_sentence()
    {
        var sentences = SentenceSplitter.Split("学法！懂法？守法;用法\n\n  护法  ");

        Assert.Equal(["学法！", "懂法？", "守法;", "用法", "护法"], sentences);
    }

    [Fact]
    public void A_title_without_a_mark_is_one_sentence_and_empty_text_none()
    {
        Assert.Equal(["维护宪法权威"], SentenceSplitter.Split("维护宪法权威"));
        Assert.Empty(SentenceSplitter.Split(""));
        Assert.Empty(SentenceSplitter.Split(" \n "));
    }
}
