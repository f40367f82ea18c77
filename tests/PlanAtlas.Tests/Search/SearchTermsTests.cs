using System.Text.Json;
using PlanAtlas.Search;

namespace PlanAtlas.Tests.Search;

/// <summary>The C# half of search-terms-vectors.json; tests/js/search-terms.test.js is the browser half.</summary>
public sealed class SearchTermsTests
{
    private static readonly Lazy<JsonElement> Vectors = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "PlanAtlas.Tests", "Search", "search-terms-vectors.json"))).RootElement.Clone());

    public static TheoryData<string> IndexCases() => Names("index");

    public static TheoryData<string> QueryCases() => Names("query");

    [Theory]
    [MemberData(nameof(IndexCases))]
    public void Index_terms_match_the_shared_vector(string name)
    {
        var vector = Case("index", name);

        Assert.Equal(Strings(vector.GetProperty("expected")), SearchTerms.IndexTerms(vector.GetProperty("input").GetString()));
    }

    [Theory]
    [MemberData(nameof(QueryCases))]
    public void Query_words_match_the_shared_vector(string name)
    {
        var vector = Case("query", name);

        var word = SearchTerms.Query(vector.GetProperty("input").GetString()!);

        Assert.Equal(Strings(vector.GetProperty("terms")), word.Terms);
        Assert.Equal(vector.GetProperty("exact").GetBoolean(), word.Exact);
    }

    private static TheoryData<string> Names(string section)
    {
        var data = new TheoryData<string>();
        foreach (var c in Vectors.Value.GetProperty(section).EnumerateArray())
        {
            data.Add(c.GetProperty("name").GetString()!);
        }

        return data;
    }

    private static JsonElement Case(string section, string name) =>
        Vectors.Value.GetProperty(section).EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();
}
