using PlanAtlas.Search;

namespace PlanAtlas.Tests.Search;

/// <summary>Posting lists round-trip in either form, the shorter form is chosen, and the hash is FNV-1a as the browser computes it.</summary>
public sealed class PostingCodecTests
{
    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 0 })]
    [InlineData(new[] { 5, 31, 32, 1023, 1024, 40000, 105000 })]
    [InlineData(new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })]
    public void A_posting_list_comes_back_as_written(int[] documents)
    {
        Assert.Equal(documents, PostingCodec.Decode(PostingCodec.Encode(documents)));
        Assert.Equal(documents, PostingCodec.Decode(PostingCodec.EncodeGaps(documents)));
    }

    [Fact]
    public void A_term_in_half_the_documents_is_a_bitmap_of_one_character_per_six_documents()
    {
        var half = Enumerable.Range(0, 105_000).Where(i => i % 2 == 0).ToList();

        var encoded = PostingCodec.Encode(half);

        Assert.StartsWith("~", encoded, StringComparison.Ordinal);
        Assert.InRange(encoded.Length, 17_000, 17_600);
        Assert.Equal(half, PostingCodec.Decode(encoded));
    }

    [Fact]
    public void A_rare_term_is_a_short_list_of_gaps()
    {
        Assert.Equal("BC", PostingCodec.Encode([1, 4]));
        Assert.Equal(4, PostingCodec.Encode([100_000]).Length);
    }

    [Fact]
    public void Lists_must_be_strictly_ascending() =>
        Assert.Throws<ArgumentException>(() => PostingCodec.Encode([3, 3]));

    [Theory]
    [InlineData("", 2166136261u)]
    [InlineData("a", 0xe40c292cu)]
    [InlineData("foobar", 0xbf9cf968u)]
    public void The_shard_hash_is_fnv1a_over_utf16_code_units(string text, uint expected) =>
        Assert.Equal(expected, TermShards.Hash(text));

    [Fact]
    public void Shard_count_follows_the_total_size()
    {
        Assert.Equal(1, TermShards.CountFor(0));
        Assert.Equal(1, TermShards.CountFor(TermShards.TargetBytes));
        Assert.Equal(1000, TermShards.CountFor(1000L * TermShards.TargetBytes));
    }
}
