using System.Globalization;
using System.Text.Json;

namespace PlanAtlas.Tests.Search;

/// <summary>Compares two JSON texts structurally and names the first place they differ.</summary>
internal static class JsonDiff
{
    /// <returns>null when equal, else a JSONPath-like location and what differs there.</returns>
    public static string? FirstDifference(string expectedJson, string actualJson)
    {
        using var expected = JsonDocument.Parse(expectedJson, new JsonDocumentOptions { MaxDepth = 256 });
        using var actual = JsonDocument.Parse(actualJson, new JsonDocumentOptions { MaxDepth = 256 });
        return Compare(expected.RootElement, actual.RootElement, "$");
    }

    private static string? Compare(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return $"{path}: expected {expected.ValueKind} {Show(expected)}, got {actual.ValueKind} {Show(actual)}";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                // Key order is compared too: it is part of what JSON.stringify produces.
                var e = expected.EnumerateObject().ToList();
                var a = actual.EnumerateObject().ToList();
                for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
                {
                    if (e[i].Name != a[i].Name)
                    {
                        return $"{path}: key #{i} expected \"{e[i].Name}\", got \"{a[i].Name}\"";
                    }

                    if (Compare(e[i].Value, a[i].Value, $"{path}[\"{e[i].Name}\"]") is { } inner)
                    {
                        return inner;
                    }
                }

                return e.Count == a.Count ? null : $"{path}: expected {e.Count} keys, got {a.Count}";
            case JsonValueKind.Array:
                var ea = expected.EnumerateArray().ToList();
                var aa = actual.EnumerateArray().ToList();
                for (var i = 0; i < Math.Min(ea.Count, aa.Count); i++)
                {
                    if (Compare(ea[i], aa[i], $"{path}[{i}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return ea.Count == aa.Count ? null : $"{path}: expected {ea.Count} items, got {aa.Count}";
            case JsonValueKind.Number:
                return expected.GetDouble() == actual.GetDouble()
                    ? null
                    : $"{path}: expected {expected.GetDouble().ToString("R", CultureInfo.InvariantCulture)}, got {actual.GetDouble().ToString("R", CultureInfo.InvariantCulture)}";
            default:
                // Raw text, not GetString: lone surrogates are legal here and GetString rejects them.
                return expected.GetRawText() == actual.GetRawText() ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";
        }
    }

    private static string Show(JsonElement element)
    {
        var raw = element.GetRawText();
        return raw.Length <= 80 ? raw : raw[..80] + "…";
    }
}
