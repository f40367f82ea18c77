using PlanAtlas.IO;
using PlanAtlas.Routing;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using PlanAtlas.Write;

namespace PlanAtlas.Data;

/// <summary>
/// Writes <c>data/schemas/&lt;name&gt;.schema.json</c>: a JSON Schema (draft 2020-12) for every JSON file under
/// <c>data/</c>, exported from the very records the writers serialise, so that the contract cannot drift from the data.
/// </summary>
public sealed class WriteDataSchemas(DataStamp stamp)
{
    /// <summary>Schema name → the record its files serialise; <c>plan</c> covers every <c>data/plans/&lt;slug&gt;.json</c>.</summary>
    public static readonly IReadOnlyList<(string Name, Type Type, string Describes)> Schemas =
    [
        ("plan", typeof(PlanData), "data/plans/<slug>.json"),
        ("topics", typeof(TopicsData), WriteTopicData.Path),
        ("agencies", typeof(AgenciesData), WriteAgencyData.JsonFile),
    ];

    // Nullable annotations make the schema say which fields may be null; the serialiser itself never needs them.
    private static readonly JsonSerializerOptions SchemaOptions = new(JsonContracts.Default.Options)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    // Element types of lists (IReadOnlyList<string>) carry no nullability; the writers never put a null in them.
    private static readonly JsonSchemaExporterOptions ExporterOptions = new() { TreatNullObliviousAsNonNullable = true };

    public static string PathOf(string name) => $"data/schemas/{name}.schema.json";

    public void Run(SiteFiles files)
    {
        foreach (var (name, type, describes) in Schemas)
        {
            files.Add(PathOf(name), Schema(name, type, describes).ToJsonString(OpenDataJson.Options) + "\n");
        }
    }

    public JsonObject Schema(string name, Type type, string describes)
    {
        var exported = SchemaOptions.GetJsonSchemaAsNode(type, ExporterOptions).AsObject();
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
        };
        if (stamp.Absolute(SiteLink.Root("/" + PathOf(name))) is { } id)
        {
            schema["$id"] = id;
        }

        schema["title"] = describes;
        schema["description"] = $"Plan Atlas open data, schema version {DataStamp.CurrentSchemaVersion}.";
        foreach (var (key, value) in exported.ToList())
        {
            exported.Remove(key);
            schema[key] = value;
        }

        // The header has defaults in C# (so records can be built before they are stamped), yet every file carries it.
        var required = schema["required"] as JsonArray ?? [];
        string[] headers = ["schemaVersion", "generated", "license"];
        for (var i = 0; i < headers.Length; i++)
        {
            if (!required.Any(r => r?.GetValue<string>() == headers[i]))
            {
                required.Insert(i, headers[i]);
            }
        }

        schema["required"] = required;
        return schema;
    }
}
