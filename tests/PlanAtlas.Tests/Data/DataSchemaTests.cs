using System.Text.Json;
using System.Text.Json.Nodes;
using PlanAtlas.Data;
using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Data;

/// <summary>data/schemas/: one JSON Schema per kind of JSON file, and every file the build writes satisfies its schema.</summary>
[Collection(CorpusCollection.Name)]
public sealed class DataSchemaTests(CorpusFixture corpus)
{
    [Fact]
    public void Every_json_file_under_data_has_a_schema_it_satisfies()
    {
        var files = Directory.GetFiles(Path.Combine(corpus.Output, "data"), "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(corpus.Output, "data"), f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("schemas/", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(CorpusData.Slugs.Length + 2, files.Count);
        foreach (var file in files)
        {
            var schema = Schema(SchemaNameOf(file));
            using var data = CorpusData.Json(corpus, file);

            Assert.Empty(JsonSchemaCheck.Findings(schema, data.RootElement).Select(f => $"{file}: {f}"));
        }
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("topics")]
    [InlineData("agencies")]
    public void Schemas_are_draft_2020_12_objects_that_require_the_header(string name)
    {
        var schema = Schema(name);

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema["$schema"]!.GetValue<string>());
        Assert.Equal($"{TestSettings.BaseUrl}data/schemas/{name}.schema.json", schema["$id"]!.GetValue<string>());
        Assert.Equal("object", schema["type"]!.GetValue<string>());
        var required = schema["required"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.Equal(["schemaVersion", "generated", "license"], required.Take(3));
    }

    [Fact]
    public void The_plan_schema_says_which_fields_may_be_null()
    {
        var provision = Schema("plan")["properties"]!["provisions"]!["items"]!["properties"]!;

        Assert.Equal("string", provision["citation"]!["type"]!.GetValue<string>());
        Assert.Equal(["string", "null"], provision["topic"]!["type"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(["string", "null"], provision["leadAgencies"]!["items"]!["properties"]!["agency"]!["type"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public void A_field_the_schema_lacks_is_found()
    {
        // The check is strict: without it, a writer could add a field the contract never mentions.
        var schema = Schema("topics");
        using var data = JsonDocument.Parse("""{ "schemaVersion": "1.1.0", "generated": "2026-01-15", "license": "", "topics": [], "unplaced": [], "extra": 1 }""");

        Assert.Equal(["$: 'extra' is not in the schema"], JsonSchemaCheck.Findings(schema, data.RootElement));
    }

    private static string SchemaNameOf(string file) => file.StartsWith("plans/", StringComparison.Ordinal) ? "plan" : Path.GetFileNameWithoutExtension(file);

    private JsonObject Schema(string name)
    {
        Assert.Contains(WriteDataSchemas.Schemas, s => s.Name == name);
        return JsonNode.Parse(File.ReadAllText(Path.Combine(corpus.Output, WriteDataSchemas.PathOf(name))))!.AsObject();
    }
}
