using System.Text.Encodings.Web;
using System.Text.Json;
using PlanAtlas.IO;
using PlanAtlas.Write;

namespace PlanAtlas.Data;

/// <summary>One JSON style for every data file: indented, Chinese left readable rather than \u-escaped.</summary>
public static class OpenDataJson
{
    public static readonly JsonSerializerOptions Options = JsonContracts.For(new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        IndentSize = 2,
        // Site-wide files are written from the parts a preview rebuild kept (JsonPart); other lists as usual.
        Converters = { new SplicedListConverter<AgencyData>(), new SplicedListConverter<TopicProvisionData>() },
    });

    private static readonly JsonWriterOptions Writer = new()
    {
        Indented = Options.WriteIndented,
        Encoder = Options.Encoder,
        IndentSize = Options.IndentSize,
    };

    /// <summary>Adds the file: the value serialized straight into a pooled buffer, then a line end.</summary>
    public static void Add<T>(SiteFiles files, string path, T value)
    {
        using var buffer = new PooledBuffer();
        using (var json = new Utf8JsonWriter(buffer, Writer))
        {
            JsonSerializer.Serialize(json, value, JsonContracts.TypeInfo<T>(Options));
        }

        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        files.Add(path, buffer.WrittenSpan);
    }
}
