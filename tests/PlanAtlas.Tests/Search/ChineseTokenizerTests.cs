using System.Text.Json;
using PlanAtlas.Search;

namespace PlanAtlas.Tests.Search;

/// <summary>The C# half of the shared vectors; tests/js/tokenizer.test.js is the browser half.</summary>
public sealed class ChineseTokenizerTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, (string Input, string[] Expected)>> Vectors = new(LoadVectors);

    // Theories get the case name only: some inputs hold lone surrogates, which test runners cannot display.
    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Vectors.Value.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Tokenize_matches_shared_vector(string caseName)
    {
        var (input, expected) = Vectors.Value[caseName];

        var actual = ChineseTokenizer.Tokenize(input);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Vector_file_covers_enough_cases() => Assert.True(Vectors.Value.Count >= 25);

    [Fact]
    public void Null_gives_no_tokens() => Assert.Empty(ChineseTokenizer.Tokenize(null));

    private static IReadOnlyDictionary<string, (string, string[])> LoadVectors()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "PlanAtlas.Tests", "Search", "tokenizer-vectors.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new Dictionary<string, (string, string[])>(StringComparer.Ordinal);
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            var expected = c.GetProperty("expected").EnumerateArray().Select(JsonStringLiteral.Decode).ToArray();
            cases.Add(c.GetProperty("name").GetString()!, (JsonStringLiteral.Decode(c.GetProperty("input")), expected));
        }

        return cases;
    }
}
