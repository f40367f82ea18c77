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
    public void Beyond_the_limit_each_plan_is_compared_with_the_reference_only()
    {
        var pairs = new CompareOptions { AllPairsUpTo = 3 }.PairsOf(Plans);

        // n − 1 pairs, all against the highest-level plan (the province)
        Assert.Equal(4, pairs.Count);
        Assert.All(pairs, p => Assert.Equal("gansu", p.Left.Slug));
        Assert.Equal(["shanghai", "liangshan", "quxian", "dazu"], pairs.Select(p => p.Right.Slug));
    }

    [Fact]
    public void One_plan_has_no_pair() => Assert.Empty(new CompareOptions().PairsOf([Plans[0]]));

    [Fact]
    public void Plans_are_shown_highest_level_first() =>
        Assert.Equal(["gansu", "shanghai", "liangshan", "quxian", "dazu"], Plans.Select(p => p.Slug));
}
