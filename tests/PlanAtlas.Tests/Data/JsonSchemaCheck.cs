using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanAtlas.Tests.Data;

/// <summary>
/// Checks a JSON value against the part of JSON Schema that JsonSchemaExporter writes (type, properties, required,
/// items, enum, format date, and $ref to a place in the same schema for a type used twice), strictly: a property the schema does not declare is a finding, so that the data can
/// never carry a field the contract does not describe. No validator package is served to these machines.
/// </summary>
internal static class JsonSchemaCheck
{
    public static List<string> Findings(JsonObject schema, JsonElement value)
    {
        var findings = new List<string>();
        Check(schema, schema, value, "$", findings);
        return findings;
    }

    private static void Check(JsonObject root, JsonObject schema, JsonElement value, string at, List<string> findings)
    {
        if (schema["$ref"] is { } reference)
        {
            Check(root, Resolve(root, reference.GetValue<string>()), value, at, findings);
            return;
        }

        foreach (var keyword in schema.Select(k => k.Key))
        {
            if (keyword is "anyOf" or "oneOf" or "allOf" or "$defs")
            {
                throw new NotSupportedException($"{at}: schema keyword {keyword} is not checked by this helper");
            }
        }

        if (schema["type"] is { } type && !Types(type).Contains(TypeOf(value)) && !(TypeOf(value) == "integer" && Types(type).Contains("number")))
        {
            findings.Add($"{at}: {TypeOf(value)} where the schema allows {string.Join(", ", Types(type))}");
            return;
        }

        if (schema["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, JsonNode.Parse(value.GetRawText()))))
        {
            findings.Add($"{at}: {value.GetRawText()} is not one of {options.ToJsonString()}");
        }

        if (schema["format"]?.GetValue<string>() == "date" && value.ValueKind == JsonValueKind.String
            && !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            findings.Add($"{at}: '{value.GetString()}' is not a date");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            var properties = schema["properties"] as JsonObject ?? [];
            foreach (var required in schema["required"] as JsonArray ?? [])
            {
                if (!value.TryGetProperty(required!.GetValue<string>(), out _))
                {
                    findings.Add($"{at}: required '{required}' is missing");
                }
            }

            foreach (var property in value.EnumerateObject())
            {
                if (properties[property.Name] is JsonObject propertySchema)
                {
                    Check(root, propertySchema, property.Value, $"{at}.{property.Name}", findings);
                }
                else
                {
                    findings.Add($"{at}: '{property.Name}' is not in the schema");
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema["items"] is JsonObject items)
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(root, items, item, $"{at}[{i++}]", findings);
            }
        }
    }

    /// <summary>A JSON pointer into the same schema: <c>#/properties/topics/items/properties/provisions/items</c>.</summary>
    private static JsonObject Resolve(JsonObject root, string pointer)
    {
        if (!pointer.StartsWith('#'))
        {
            throw new NotSupportedException($"$ref {pointer} points outside the schema");
        }

        JsonNode node = root;
        foreach (var part in pointer[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)]
                ?? throw new InvalidOperationException($"$ref {pointer} points nowhere");
        }

        return node.AsObject();
    }

    private static List<string> Types(JsonNode type) =>
        type is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];

    private static string TypeOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
