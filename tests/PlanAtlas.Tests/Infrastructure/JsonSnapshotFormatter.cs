using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanAtlas.Tests.Infrastructure;

/// <summary>Indented JSON with Chinese text left readable (not \uXXXX) and camelCase names, like the site's open data.</summary>
public static class JsonSnapshotFormatter
{
    private static readonly JsonSerializerOptions ModelOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        // Parent links in a model tree would otherwise make serialization throw.
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
    };

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string FormatModel(object? model) => JsonSerializer.Serialize(model, ModelOptions);

    /// <summary>Re-indents JSON text, keeping its property order, so a snapshot does not depend on the writer's whitespace.</summary>
    public static string FormatJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
