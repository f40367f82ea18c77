using PlanAtlas.Analyse.Topics;
using PlanAtlas.Diagnostics;
using PlanAtlas.Model;

namespace PlanAtlas.Tests.Analyse.Topics;

/// <summary>
/// Alignment of the real corpus, without any override: each plan's provisions land under the outline's measures a
/// reader would choose. The plans are loaded from input/plans/*.md and input/topics.yml as the build loads them.
/// </summary>
public sealed class AlignTopicsTests
{
    private static readonly Lazy<IReadOnlyDictionary<Division, TopicPlacement>> Corpus = new(() => TopicCorpus.Align().Placements);

    [Theory]
    [InlineData("gansu", "part_2__sec_1__art_2")]    // 2.推动宪法宣传教育常态化
    [InlineData("shanghai", "part_2__sec_4")]        // （四）维护宪法权威
    [InlineData("liangshan", "part_2__sec_5")]       // （五）维护宪法权威
    [InlineData("dazu", "part_2__sec_4")]            // （四）维护宪法权威
    [InlineData("quxian", "part_2__sec_1__art_1__para_1")] // （1）加强宪法学习
    public void Each_plans_constitution_measure_is_placed_under_constitution(string slug, string id)
    {
        // Given the real corpus aligned without overrides
        // When we look up the plan's provision on the constitution
        var placement = PlacementOf(slug, id);

        // Then it is under （四）维护宪法权威
        Assert.Equal("constitution", placement.Topic?.Id);
    }

    [Fact]
    public void Every_provision_whose_title_names_the_constitution_is_under_constitution()
    {
        var onConstitution = TopicCorpus.Plans.SelectMany(p => p.Provisions).Where(d => d.Title.Contains("宪法", StringComparison.Ordinal)).ToList();

        Assert.True(onConstitution.Count >= 7, "the corpus has at least seven provisions titled on the constitution");
        Assert.All(onConstitution, d => Assert.Equal("constitution", Corpus.Value[d].Topic?.Id));
        Assert.All(TopicCorpus.Plans, plan => Assert.Contains(plan.Provisions, d => Corpus.Value[d].Topic?.Id == "constitution"));
    }

    [Fact]
    public void Quxian_group_heading_decides_for_its_provisions()
    {
        // Given 渠县's group 1.维护宪法权威 over （1）加强宪法学习 （2）加强宪法宣传 （3）落实宪法宣誓制度
        var group = TopicCorpus.Plan("quxian").FindDivision("part_2__sec_1__art_1")!;
        Assert.Equal("维护宪法权威", group.Title);

        // Then all three inherit constitution from the heading
        Assert.Equal(3, group.Children.Count);
        Assert.All(group.Children, d =>
        {
            var placement = Corpus.Value[d];
            Assert.Equal("constitution", placement.Topic?.Id);
            Assert.Equal(PlacementSource.Inherited, placement.Source);
            Assert.InRange(placement.Score, 0.9, 1.0);
        });
    }

    [Fact]
    public void A_heading_that_names_an_outline_part_is_not_inherited()
    {
        // Gansu's （一）切实增强法治观念 groups several measures (it is the outline's part 二), so nothing inherits it:
        // its 2. goes to constitution, 5. to publicity-responsibility, 6. to legal-culture.
        var gansu = TopicCorpus.Plan("gansu");
        Assert.DoesNotContain(gansu.Provisions, d => Corpus.Value[d].Source == PlacementSource.Inherited);
        Assert.Equal(
            ["legal-awareness", "constitution", "legal-awareness", "legal-awareness", "publicity-responsibility", "legal-culture"],
            gansu.FindDivision("part_2__sec_1")!.Children.Select(d => Corpus.Value[d].Topic?.Id));
    }

    [Theory]
    [InlineData("gansu")]
    [InlineData("shanghai")]
    [InlineData("liangshan")]
    [InlineData("quxian")]
    [InlineData("dazu")]
    public void The_network_space_measures_are_the_three_cyber_topics(string slug)
    {
        // Given the provisions of the plan's part (or group) 依法治理网络空间
        var plan = TopicCorpus.Plan(slug);
        var cyber = plan.Provisions.Where(d => d.Ancestors.Any(a => a.Title == "依法治理网络空间")).ToList();
        Assert.NotEmpty(cyber);

        // Then each is under one of the outline's three network measures, and the plan covers all three
        string[] expected = ["cyber-legislation", "cyber-awareness", "cyber-security"];
        var topics = cyber.Select(d => Corpus.Value[d].Topic?.Id).ToList();
        Assert.All(topics, t => Assert.Contains(t, expected));
        Assert.Equal(expected.Order(), topics.Distinct().Order()!);
    }

    [Theory]
    [InlineData("gansu", "part_3__sec_1", "leadership")]      // 三、组织保障 （一）加强组织领导
    [InlineData("gansu", "part_3__sec_2", "coordination")]    // （二）完善工作机制
    [InlineData("gansu", "part_3__sec_4", "accountability")]  // （四）严格考核督导
    [InlineData("gansu", "part_3__sec_5", "research-guidance")] // （五）加强研究引导
    [InlineData("quxian", "part_3__sec_1", "leadership")]
    [InlineData("quxian", "part_3__sec_2", "coordination")]
    [InlineData("quxian", "part_3__sec_3", "accountability")] // （三）推动责任落实
    [InlineData("quxian", "part_3__sec_4", "research-guidance")] // （四）营造良好氛围
    [InlineData("shanghai", "part_7__sec_26", "leadership")]
    [InlineData("shanghai", "part_7__sec_27", "coordination")]
    [InlineData("shanghai", "part_7__sec_29", "accountability")]
    [InlineData("shanghai", "part_7__sec_30", "research-guidance")]
    [InlineData("liangshan", "part_7__sec_26", "leadership")]
    [InlineData("liangshan", "part_7__sec_27", "coordination")]
    [InlineData("liangshan", "part_7__sec_28", "accountability")]
    [InlineData("dazu", "part_7__sec_25", "leadership")]      // 七、组织实施 （二十五）加强组织领导
    [InlineData("dazu", "part_7__sec_26", "coordination")]    // （二十六）完善推进机制
    [InlineData("dazu", "part_7__sec_27", "accountability")]
    public void The_organisational_measures_are_placed(string slug, string id, string topic) =>
        Assert.Equal(topic, PlacementOf(slug, id).Topic?.Id);

    [Theory]
    [InlineData("shanghai", "part_1__sec_1", "guiding-thought")]
    [InlineData("shanghai", "part_1__sec_2", "principles")]
    [InlineData("shanghai", "part_1__sec_3", "objectives")]
    [InlineData("liangshan", "part_1__sec_1", "guiding-thought")]
    [InlineData("dazu", "part_1__sec_2", "principles")]  // （二）基本原则
    [InlineData("dazu", "part_1__sec_3", "objectives")]  // （三）主要目标
    public void The_general_requirements_are_placed(string slug, string id, string topic) =>
        Assert.Equal(topic, PlacementOf(slug, id).Topic?.Id);

    [Fact]
    public void Almost_every_provision_is_placed_with_confidence()
    {
        var provisions = TopicCorpus.Plans.SelectMany(p => p.Provisions).ToList();
        var placed = provisions.Count(d => Corpus.Value[d].Topic is not null);
        var confident = provisions.Count(d => Corpus.Value[d].Topic is not null && Corpus.Value[d].Score >= new AlignTopics().ConfidentScore);

        Assert.Equal(178, provisions.Count);
        Assert.True(placed >= 176, $"{placed} of 178 placed");
        Assert.True(confident >= 174, $"{confident} of 178 placed with confidence");
        Assert.All(provisions, d => Assert.InRange(Corpus.Value[d].Score, 0.0, 1.0));
    }

    [Fact]
    public void The_provisions_it_is_unsure_of_are_reported_as_warnings()
    {
        var (placements, diagnostics) = TopicCorpus.Align();

        var reported = diagnostics.Items.Where(d => d.Code == DiagnosticCodes.LowTopicScore).ToList();
        Assert.All(reported, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.False(diagnostics.HasErrors);
        var unsure = placements.Values.Count(p => p.Topic is null || p.Score < new AlignTopics().ConfidentScore);
        Assert.Equal(unsure, reported.Count);
        Assert.Contains(reported, d => d.ToString().StartsWith("input/plans/gansu.md:85:1: warning PA403: 三、（三）提升协同效能", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plan_is_placed_the_same_alone_or_among_others()
    {
        // Alignment goes through the topic list: no plan is compared with another, so the cost is plans × topics
        // and a plan's placements do not depend on which other plans are in the build.
        var quxian = TopicCorpus.Plan("quxian");
        var (alone, _) = TopicCorpus.Align([quxian]);

        Assert.All(quxian.Provisions, d => Assert.Equal(Corpus.Value[d], alone[d]));
    }

    [Fact]
    public void A_corpus_given_many_times_is_aligned_as_it_is_once()
    {
        // Given the corpus copied 40 times (200 plans): how time grows with the plans is measured by the benchmark
        // (bench/, `scale`: align per plan), never by a test on a machine that may be busy.
        var align = new AlignTopics();
        IReadOnlyList<Plan> Copies(int n) => Enumerable.Range(0, n).SelectMany(_ => TopicCorpus.Plans).ToList();

        var once = align.Run(Copies(1), TopicCorpus.Topics, 0.12, new DiagnosticBag());
        var many = align.Run(Copies(40), TopicCorpus.Topics, 0.12, new DiagnosticBag());

        // Then each provision has one placement, the same as when each plan is given once
        Assert.Equal(once.Count, many.Count);
        Assert.All(once, entry => Assert.Equal(entry.Value, many[entry.Key]));
    }

    private static TopicPlacement PlacementOf(string slug, string id)
    {
        var division = TopicCorpus.Plan(slug).FindDivision(id) ?? throw new InvalidOperationException($"{slug} has no {id}");
        Assert.True(division.IsProvision, $"{slug} {id} is a provision");
        return Corpus.Value[division];
    }
}
