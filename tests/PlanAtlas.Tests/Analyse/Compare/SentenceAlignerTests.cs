using PlanAtlas.Analyse.Compare;

namespace PlanAtlas.Tests.Analyse.Compare;

/// <summary>Pairing the most similar sentences of two texts, in the order both have them.</summary>
public sealed class SentenceAlignerTests
{
    // 大足区 and 凉山州 on （四）/（五）维护宪法权威 (input/plans/dazu.md, liangshan.md), sentence by sentence.
    private static readonly string[] Dazu =
    [
        "深入宣传宪法，推动形成尊崇宪法、学习宪法、遵守宪法、维护宪法、运用宪法的社会氛围。",
        "切实加强对国家工作人员特别是各级领导干部的宪法教育，组织推动国家工作人员原原本本学习宪法文本。",
        "全面落实宪法宣誓制度，常态化开展宪法宣誓活动。",
        "持续开展学生“学宪法讲宪法”活动，增强青少年的规则意识、法治观念。",
        "认真组织开展“12·4”国家宪法日和“宪法宣传周”集中宣传活动，让宪法精神家喻户晓、深入人心。",
    ];

    private static readonly string[] Liangshan =
    [
        "深入学习宣传宪法,弘扬宪法精神,增强宪法意识,推动形成尊崇宪法、学习宪法、遵守宪法、维护宪法、运用宪法的社会氛围。",
        "切实加强对国家工作人员特别是各级领导干部的宪法教育,组织推动国家工作人员原原本本学习宪法,组织开展全州干部宪法法律知识测试。",
        "全面落实宪法宣誓制度,国家工作人员就职时依照法律规定进行宪法宣誓。",
        "持续开展全州学生“学宪法讲宪法”活动。",
        "推动“12·4”国家宪法日和“宪法宣传周”集中宣传活动制度化,广泛开展“宪法七进”活动,实现宪法宣传教育常态化。",
    ];

    [Fact]
    public void Sentences_saying_the_same_in_other_words_are_paired_in_order()
    {
        var rows = SentenceAligner.Align(Dazu, Liangshan);

        Assert.Equal(new (int?, int?)[] { (0, 0), (1, 1), (2, 2), (3, 3), (4, 4) }, rows.Select(r => (r.Left, r.Right)));
        Assert.All(rows, r => Assert.InRange(r.Similarity, SentenceAligner.MinimumSimilarity, 1));
    }

    [Fact]
    public void A_sentence_with_no_counterpart_stands_alone_where_it_stands()
    {
        // Given 渠县's sentence on 违宪警示 (input/plans/quxian.md) between two of 大足区's, which 凉山州 lacks
        string[] left = [Dazu[0], "开展违宪警示宣传教育,树立宪法权威。", Dazu[2]];

        var rows = SentenceAligner.Align(left, Liangshan);

        Assert.Equal(
            new (int?, int?)[] { (0, 0), (1, null), (null, 1), (2, 2), (null, 3), (null, 4) },
            rows.Select(r => (r.Left, r.Right)));
        Assert.Equal(0, rows[1].Similarity);
    }

    [Fact]
    public void Pairs_never_cross()
    {
        // Given the same two sentences in the opposite order on the other side
        var rows = SentenceAligner.Align([Dazu[0], Dazu[2]], [Liangshan[2], Liangshan[0]]);

        // Then only one of them is paired: keeping both texts' order matters more than pairing everything
        Assert.Single(rows, r => r.Left is not null && r.Right is not null);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public void The_similarity_threshold_separates_related_titles_from_unrelated_sentences()
    {
        Assert.True(SentenceAligner.Similarity("主要目标", "总体目标") >= SentenceAligner.MinimumSimilarity);
        Assert.True(SentenceAligner.Similarity(
            "加大安全生产领域专项整治力度,深入宣传安全生产法等法律法规规章。",
            "加大城乡社区防灾减灾救灾能力建设力度,加强突发事件应急法律法规长效宣传。") < SentenceAligner.MinimumSimilarity);
        Assert.Equal(1, SentenceAligner.Similarity("维护宪法权威", "维护宪法权威"));
        Assert.Equal(0, SentenceAligner.Similarity("", ""));
    }

    [Fact]
    public void Empty_sides_align()
    {
        Assert.Empty(SentenceAligner.Align([], []));
        Assert.Equal(new (int?, int?)[] { (null, 0) }, SentenceAligner.Align([], ["甲。"]).Select(r => (r.Left, r.Right)));
    }
}
