using PlanAtlas.Text;
using PlanAtlas.Structure;

namespace PlanAtlas.Tests.Structure;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("九", 9)]
    [InlineData("十", 10)]
    [InlineData("十一", 11)]
    [InlineData("二十", 20)]
    [InlineData("二十八", 28)]
    [InlineData("三十", 30)]
    public void Parses_the_numerals_official_documents_number_with(string text, int value)
    {
        Assert.True(ChineseNumerals.TryParse(text, out var parsed));
        Assert.Equal(value, parsed);
        Assert.Equal(text, ChineseNumerals.Format(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("零")]
    [InlineData("十十")]
    [InlineData("一二")]
    [InlineData("二十零")]
    public void Rejects_what_is_not_a_number(string text) => Assert.False(ChineseNumerals.TryParse(text, out _));

    [Fact]
    public void Every_number_up_to_99_round_trips()
    {
        for (var n = 1; n <= 99; n++)
        {
            Assert.True(ChineseNumerals.TryParse(ChineseNumerals.Format(n), out var back));
            Assert.Equal(n, back);
        }
    }
}
