using PlanAtlas.Analyse.Compare;

namespace PlanAtlas.Tests.Analyse.Compare;

/// <summary>A sentence's grams with their counts, compared without strings.</summary>
public sealed class GramBagTests
{
    [Fact]
    public void Every_occurrence_of_every_bigram_and_trigram_is_counted()
    {
        // 维护宪法维护: bigrams 维护 护宪 宪法 法维 维护, trigrams 维护宪 护宪法 宪法维 法维护
        Assert.Equal(9, GramBag.Of("维护宪法维护").Total);

        // Punctuation splits runs, and no gram spans it: 维护 and 宪法 only
        Assert.Equal(2, GramBag.Of("维护，宪法").Total);
    }

    [Fact]
    public void A_gram_is_shared_as_often_as_the_sentence_with_fewer_of_it_has_it()
    {
        var twice = GramBag.Of("维护宪法维护");

        Assert.Equal(1, twice.Common(GramBag.Of("维护")));
        Assert.Equal(2, twice.Common(GramBag.Of("维护。维护。维护")));
        Assert.Equal(9, twice.Common(twice));
        Assert.Equal(0, twice.Common(GramBag.Of("普法")));
    }

    [Fact]
    public void A_bigram_is_not_the_trigram_it_begins()
    {
        // 宪法宣 has 宪法 and 法宣 and the trigram 宪法宣: only 宪法 is shared
        Assert.Equal(1, GramBag.Of("宪法").Common(GramBag.Of("宪法宣")));
    }

    [Fact]
    public void Full_width_letters_and_digits_are_their_half_width_forms()
    {
        Assert.Equal(1, SentenceAligner.Similarity("２０２５年ＰＰＰ", "2025年ppp"));
    }
}
