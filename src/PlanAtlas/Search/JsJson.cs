using System.Globalization;
using System.Text;

namespace PlanAtlas.Search;

/// <summary>
/// Writes strings and numbers exactly as JavaScript's JSON.stringify does, so that an index
/// written here is byte-identical to one that lunr.js serialises in node or the browser.
/// </summary>
internal static class JsJson
{
    public static void WriteString(StringBuilder sb, string value)
    {
        sb.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ' || IsLoneSurrogate(value, i))
                    {
                        // ES2019 "well-formed JSON.stringify": lower-case hex, lone surrogates escaped.
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }

    /// <summary>
    /// Number.prototype.toString: the shortest round-trip digits (which .NET's "R" also gives),
    /// laid out by ECMAScript's rules: plain decimals from 1e-7 to 1e21, else "1.5e+21" / "1e-7".
    /// </summary>
    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return "null";
        }

        if (value == 0)
        {
            return "0"; // -0 too
        }

        // Term indexes are most of the numbers written; integers below 2^53 print as plain digits.
        if (Math.Abs(value) < 9007199254740992 && Math.Floor(value) == value)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        var (negative, digits, pointPosition) = ShortestDigits(value);
        var k = digits.Length;
        var n = pointPosition;
        var sb = new StringBuilder(24);
        if (negative)
        {
            sb.Append('-');
        }

        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            sb.Append(digits[0]);
            if (k > 1)
            {
                sb.Append('.').Append(digits, 1, k - 1);
            }

            var exponent = n - 1;
            sb.Append('e').Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>Digits without leading or trailing zeros, and n such that value = 0.digits × 10^n.</summary>
    private static (bool Negative, string Digits, int PointPosition) ShortestDigits(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = text.StartsWith('-');
        if (negative)
        {
            text = text[1..];
        }

        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var point = text.IndexOf('.');
        var integerDigits = point >= 0 ? point : text.Length;
        var all = point >= 0 ? text.Remove(point, 1) : text;
        var leadingZeros = all.Length - all.TrimStart('0').Length;
        var digits = all.Trim('0');
        return (negative, digits, integerDigits - leadingZeros + exponent);
    }

    private static bool IsLoneSurrogate(string s, int i)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(s[i - 1]));
    }
}
