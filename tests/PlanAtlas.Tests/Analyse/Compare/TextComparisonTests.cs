using PlanAtlas.Analyse.Compare;

namespace PlanAtlas.Tests.Analyse.Compare;

/// <summary>The character-level comparison behind the two-plan pages: shared text and text only one side has.</summary>
public sealed class TextComparisonTests
{
    [Fact]
    public void Shared_and_unique_text_are_marked_on_each_side()
    {
        // Given two titles that share their start
        var result = TextComparison.Compare(["加强宪法学习宣传"], ["加强宪法宣誓制度"]);

        // Then each side is cut into the shared start and its own end
        Assert.Equal([new TextRun("加强宪法", false), new TextRun("学习宣传", true)], result.Left[0]);
        Assert.Equal([new TextRun("加强宪法", false), new TextRun("宣誓制度", true)], result.Right[0]);
        Assert.Equal(4, result.SharedCharacters);
        Assert.Equal(4, result.OnlyLeftCharacters);
        Assert.Equal(4, result.OnlyRightCharacters);
        Assert.Equal(0.5, result.Similarity);
    }

    [Fact]
    public void The_same_text_is_all_shared_and_different_text_all_unique()
    {
        var same = TextComparison.Compare(["维护宪法权威。"], ["维护宪法权威。"]);
        Assert.Equal([new TextRun("维护宪法权威。", false)], same.Left[0]);
        Assert.Equal(1.0, same.Similarity);

        var different = TextComparison.Compare(["甲乙丙"], ["丁戊己"]);
        Assert.Equal([new TextRun("甲乙丙", true)], different.Left[0]);
        Assert.Equal([new TextRun("丁戊己", true)], different.Right[0]);
        Assert.Equal(0.0, different.Similarity);
    }

    [Fact]
    public void A_lone_shared_character_between_differences_counts_as_different()
    {
        // 的 is in both, but alone between two different phrases it is not shared wording
        var result = TextComparison.Compare(["开展宪法的学习教育活动"], ["推动普法的宣传工作部署"]);

        Assert.All(result.Left[0], r => Assert.True(r.Unique));
        Assert.All(result.Right[0], r => Assert.True(r.Unique));
    }

    [Fact]
    public void Half_and_full_width_punctuation_are_the_same()
    {
        var result = TextComparison.Compare(["学习宪法,遵守宪法;维护宪法"], ["学习宪法，遵守宪法；维护宪法"]);

        Assert.Equal([new TextRun("学习宪法,遵守宪法;维护宪法", false)], result.Left[0]);
        Assert.Equal([new TextRun("学习宪法，遵守宪法；维护宪法", false)], result.Right[0]);
    }

    [Fact]
    public void Units_keep_their_shape_and_text()
    {
        // Given a title and two paragraphs against one paragraph
        string[] left = ["维护宪法权威", "深入宣传宪法。", "开展宪法宣誓。"];
        string[] right = ["深入宣传宪法，弘扬宪法精神。"];

        var result = TextComparison.Compare(left, right);

        // Then the runs of each unit put back together give the unit's text
        Assert.Equal(left, result.Left.Select(u => string.Concat(u.Select(r => r.Text))));
        Assert.Equal(right, result.Right.Select(u => string.Concat(u.Select(r => r.Text))));
        Assert.Contains(new TextRun("深入宣传宪法", false), result.Left[1]);
        Assert.All(result.Left[0], r => Assert.True(r.Unique));
    }

    [Fact]
    public void Empty_sides_compare()
    {
        var result = TextComparison.Compare([], ["甲"]);

        Assert.Equal([new TextRun("甲", true)], result.Right[0]);
        Assert.Empty(result.Left.SelectMany(u => u));
    }
}
