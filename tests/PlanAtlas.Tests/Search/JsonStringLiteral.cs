using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PlanAtlas.Tests.Search;

/// <summary>
/// Reads a JSON string as JavaScript does. System.Text.Json refuses escaped lone surrogates
/// ("\ud800"), which the tokenizer vectors and JSON.stringify output legitimately contain.
/// </summary>
internal static class JsonStringLiteral
{
    public static string Decode(JsonElement element)
    {
        var raw = element.GetRawText();
        var sb = new StringBuilder(raw.Length);
        for (var i = 1; i < raw.Length - 1; i++)
        {
            if (raw[i] != '\\')
            {
                sb.Append(raw[i]);
                continue;
            }

            var escape = raw[++i];
            switch (escape)
            {
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    sb.Append((char)int.Parse(raw.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: sb.Append(escape); break; // \" \\ \/
            }
        }

        return sb.ToString();
    }
}
