using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PlanAtlas.Search;

/// <summary>
/// A data file of the index as a script that hands its JSON to the engine (<c>PlanAtlasSearch.addShard(3, {…});</c>)
/// rather than a JSON file: a page opened from <c>file://</c> may load scripts but not fetch files.
/// </summary>
internal static class SearchScript
{
    /// <summary>The global that search-engine.js defines and every data file calls.</summary>
    public const string Global = "PlanAtlasSearch";

    private static readonly JsonWriterOptions Options = new()
    {
        // Chinese stays readable and small; a data file is a script of its own, never inlined in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Call(string function, int? number, Action<Utf8JsonWriter> writeValue) =>
        Call(function, number?.ToString(System.Globalization.CultureInfo.InvariantCulture), writeValue);

    /// <param name="argument">The first argument as written (a number, or a quoted name); null for none.</param>
    public static string Call(string function, string? argument, Action<Utf8JsonWriter> writeValue)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            writeValue(json);
        }

        var arguments = argument is null ? string.Empty : argument + ",";
        return $"{Global}.{function}({arguments}{Encoding.UTF8.GetString(buffer.ToArray())});\n";
    }
}
