using PlanAtlas.Analyse.Topics;
using PlanAtlas.Model;

namespace PlanAtlas.Tests.Analyse.Topics;

/// <summary>"The same measure in other plans" for a provision's page.</summary>
public sealed class CounterpartsTests
{
    private static readonly Lazy<SiteModel> Site = new(() => new SiteModel
    {
        Plans = TopicCorpus.Plans,
        Topics = TopicCorpus.Topics,
        Placements = TopicCorpus.Align().Placements,
    });

    [Fact]
    public void A_provision_gets_the_other_plans_provisions_of_its_measure()
    {
        // Given 甘肃省 2.推动宪法宣传教育常态化 (constitution)
        var provision = TopicCorpus.Plan("gansu").FindDivision("part_2__sec_1__art_2")!;

        var set = new Counterparts(Site.Value).For(provision);

        // Then the four other plans' constitution provisions, highest level first, its own plan left out
        Assert.Equal("constitution", set.Topic?.Id);
        Assert.Equal(["shanghai", "liangshan", "quxian", "dazu"], set.Plans.Select(c => c.Plan.Slug));
        Assert.Equal(3, set.Plans.Single(c => c.Plan.Slug == "quxian").Provisions.Count);
        Assert.Equal(4, set.TotalPlans);
        Assert.False(set.HasMore);
    }

    [Fact]
    public void The_list_is_capped_and_says_how_many_there_are()
    {
        var provision = TopicCorpus.Plan("dazu").FindDivision("part_2__sec_4")!;

        var set = new Counterparts(Site.Value).For(provision, limit: 2);

        Assert.Equal(["gansu", "shanghai"], set.Plans.Select(c => c.Plan.Slug));
        Assert.Equal(4, set.TotalPlans);
        Assert.True(set.HasMore);
    }

    [Fact]
    public void A_provision_without_a_measure_has_no_counterparts()
    {
        var local = TopicCorpus.Plan("gansu").FindDivision("part_3__sec_3")!; // （三）提升协同效能

        var set = new Counterparts(Site.Value).For(local);

        Assert.Null(set.Topic);
        Assert.Empty(set.Plans);
    }
}
