using System.Text.Encodings.Web;
using System.Text.Json;

namespace PlanAtlas.Data;

/// <summary>One JSON style for every data file: indented, Chinese left readable rather than \u-escaped.</summary>
public static class OpenDataJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        IndentSize = 2,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options) + "\n";
}
