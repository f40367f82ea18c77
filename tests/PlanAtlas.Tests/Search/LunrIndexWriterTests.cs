using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using PlanAtlas.Search;
using Xunit.Abstractions;

namespace PlanAtlas.Tests.Search;

public sealed class LunrIndexWriterTests(ITestOutputHelper output)
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

    [Fact]
    public void Corpus_index_size_and_build_time_are_reported()
    {
        var docs = SearchTestCorpus.Documents;
        LunrIndexWriter.Serialize(docs); // warm-up: JIT and tokenizer

        var stopwatch = Stopwatch.StartNew();
        const int runs = 10;
        var json = "";
        for (var i = 0; i < runs; i++)
        {
            json = LunrIndexWriter.Serialize(docs);
        }

        stopwatch.Stop();
        var raw = Encoding.UTF8.GetBytes(json);
        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(raw);
        }

        output.WriteLine($"documents: {docs.Count}, characters of text: {docs.Sum(d => d.Text.Length)}");
        output.WriteLine($"index: {raw.Length} bytes raw, {gzipped.Length} bytes gzip");
        output.WriteLine($"C# build: {stopwatch.Elapsed.TotalMilliseconds / runs:F1} ms per index (mean of {runs}, after warm-up)");
        Assert.True(gzipped.Length < 2_000_000, "The search index should stay small enough to download on a phone.");
    }
}
