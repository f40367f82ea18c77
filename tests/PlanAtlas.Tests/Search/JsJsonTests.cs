using System.Globalization;
using System.Text;
using System.Text.Json;
using PlanAtlas.Search;

namespace PlanAtlas.Tests.Search;

/// <summary>The JSON.stringify twin against node's JSON.stringify, on the awkward cases.</summary>
public sealed class JsJsonTests
{
    [Fact]
    public void Numbers_are_formatted_as_JavaScript_formats_them()
    {
        var numbers = new List<double>
        {
            0, -0.0, 1, -1, 0.001, 1.234, 12.5, 0.1 + 0.2, 1e-6, 1e-7, 1.5e-7, 123e-20, 1e15, 1e16, 1e20,
            1e21, 1.5e21, 123456789012345680000.0, double.Epsilon, double.MaxValue, double.MinValue, 5e-324,
            4294967295, 9007199254740993.0, 2.5, 1.0 / 3, 2.0 / 3, 100, 1e100, -1e-100, double.NaN, double.PositiveInfinity,
        };
        var random = new Random(20250101);
        for (var i = 0; i < 2000; i++)
        {
            // Every exponent range, and the three-decimal values lunr actually writes.
            numbers.Add(BitConverter.Int64BitsToDouble(random.NextInt64()));
            numbers.Add(Math.Round(random.NextDouble() * 50, 3));
        }

        var request = "{\"numbers\":[" + string.Join(",", numbers.Select(n => "\"" + BitConverter.DoubleToUInt64Bits(n).ToString("x16", CultureInfo.InvariantCulture) + "\"")) + "],\"strings\":[]}";
        var expected = Stringified(request, "numbers");

        var actual = "[" + string.Join(",", numbers.Select(JsJson.FormatNumber)) + "]";

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Strings_are_escaped_as_JavaScript_escapes_them()
    {
        string[] strings =
        [
            "", "plain", "中文「」（）", "\"quote\" \\ /slash", "\b\f\n\r\t", "\u0000\u0001\u001f\u007f\u0080",
            "\u2028\u2029", "😀", "\ud800", "a\udc00b", "\udc00\ud800", "\ud83d\ude00\ud83d", "\ufeff\u00a0\u3000",
        ];
        var request = new StringBuilder("{\"numbers\":[],\"strings\":[");
        for (var i = 0; i < strings.Length; i++)
        {
            request.Append(i == 0 ? "" : ",");
            JsJson.WriteString(request, strings[i]);
        }

        request.Append("]}");
        var expected = Stringified(request.ToString(), "strings");

        var actual = new StringBuilder("[");
        for (var i = 0; i < strings.Length; i++)
        {
            actual.Append(i == 0 ? "" : ",");
            JsJson.WriteString(actual, strings[i]);
        }

        Assert.Equal(expected, actual.Append(']').ToString());
    }

    private static string Stringified(string request, string property)
    {
        using var response = JsonDocument.Parse(SearchNodeRunner.Run("stringify.js", request));
        return JsonStringLiteral.Decode(response.RootElement.GetProperty(property));
    }
}
