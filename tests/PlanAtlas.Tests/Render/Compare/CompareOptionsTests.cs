using PlanAtlas.Render.Views;
using PlanAtlas.Model;
using PlanAtlas.Tests.Analyse.Topics;

namespace PlanAtlas.Tests.Rendering.Compare;

/// <summary>How many two-plan comparisons are precomputed: every pair for a few plans, each against a reference beyond.</summary>
public sealed class CompareOptionsTests
{
    private static IReadOnlyList<Plan> Plans => CompareOptions.Order(TopicCorpus.Plans);

    [Fact]
    public void Up_to_the_limit_every_pair_is_compared()
    {
        var pairs = new CompareOptions().PairsOf(Plans);

        Assert.Equal(10, pairs.Count); // 5 × 4 ÷ 2
        Assert.Equal(pairs.Count, pairs.Select(p => (p.Left.Slug, p.Right.Slug)).Distinct().Count());
        Assert.Equal(("gansu", "shanghai"), (pairs[0].Left.Slug, pairs[0].Right.Slug));
    }

    [Fact]
    public void Beyond_the_limit_there_are_no_pairs_each_plan_is_compared_with_the_plan_above_instead()
    {
        Assert.Equal(10, new CompareOptions { AllPairsUpTo = 5 }.PairsOf(Plans).Count);
        Assert.Empty(new CompareOptions { AllPairsUpTo = 4 }.PairsOf(Plans));
    }

    [Fact]
    public void One_plan_has_no_pair() => Assert.Empty(new CompareOptions().PairsOf([Plans[0]]));

    [Fact]
    public void Plans_are_shown_highest_level_first() =>
        Assert.Equal(["gansu", "shanghai", "liangshan", "quxian", "dazu"], Plans.Select(p => p.Slug));
}
