using System.Text.Json;
using PlanAtlas.Search;

namespace PlanAtlas.Tests.Search;

public sealed class LunrIndexWriterTests
{
    [Fact]
    public void Output_does_not_depend_on_input_order()
    {
        var docs = SearchTestCorpus.Documents.Take(50).ToList();

        var reversed = LunrIndexWriter.Serialize(docs.AsEnumerable().Reverse().ToList());

        Assert.Equal(LunrIndexWriter.Serialize(docs), reversed);
    }

    [Fact]
    public void Duplicate_refs_are_rejected()
    {
        var doc = new SearchDocument("gansu#1", "宪法", "宪法宣誓", "gansu", "");

        Assert.Throws<ArgumentException>(() => LunrIndexWriter.Serialize([doc, doc with { Text = "民法典" }]));
    }

    [Fact]
    public void Index_names_version_fields_and_query_pipeline()
    {
        using var json = JsonDocument.Parse(LunrIndexWriter.Serialize([new SearchDocument("a", "宪法", "宪法宣誓", "gansu", "")]));
        var root = json.RootElement;

        Assert.Equal(["version", "fields", "fieldVectors", "invertedIndex", "pipeline"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2.3.9", root.GetProperty("version").GetString());
        Assert.Equal(["title", "text", "plan", "path"], root.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(["planAtlasQueryTokens"], root.GetProperty("pipeline").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public void Empty_corpus_gives_an_empty_index()
    {
        var json = LunrIndexWriter.Serialize([]);

        Assert.Equal("{\"version\":\"2.3.9\",\"fields\":[\"title\",\"text\",\"plan\",\"path\"],\"fieldVectors\":[],\"invertedIndex\":[],\"pipeline\":[\"planAtlasQueryTokens\"]}", json);
    }
}
