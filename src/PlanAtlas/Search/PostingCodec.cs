using System.Text;

namespace PlanAtlas.Search;

/// <summary>
/// A posting list (ascending document numbers) as a short ASCII string, whichever of two forms is shorter:
/// gaps as varints of five bits per character, or, prefixed with <c>~</c>, a bitmap of six documents per character
/// (so a bigram in half the documents, like 法治, costs D/6 bytes). Both use the URL-safe base64 alphabet, which needs
/// no escaping in a JSON string; search-engine.js decodes them.
/// </summary>
public static class PostingCodec
{
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public const char BitmapMark = '~';

    public static string Encode(IReadOnlyList<int> sorted)
    {
        var gaps = EncodeGaps(sorted);
        if (sorted.Count == 0)
        {
            return gaps;
        }

        // A bitmap is only worth it when it is shorter; its length is fixed by the last document.
        var bitmapLength = (sorted[^1] / 6) + 2;
        return bitmapLength < gaps.Length ? EncodeBitmap(sorted) : gaps;
    }

    /// <summary>The first number, then each gap minus one (documents never repeat), as little-endian 5-bit groups; bit 6 says "more".</summary>
    public static string EncodeGaps(IReadOnlyList<int> sorted)
    {
        var sb = new StringBuilder(sorted.Count * 2);
        var previous = -1;
        foreach (var value in sorted)
        {
            if (value <= previous)
            {
                throw new ArgumentException("Posting lists must be strictly ascending.", nameof(sorted));
            }

            AppendVarint(sb, value - previous - 1);
            previous = value;
        }

        return sb.ToString();
    }

    /// <summary>Appends one number: five bits per character, least significant first, 32 added while more follow.</summary>
    public static void AppendVarint(StringBuilder sb, int value)
    {
        while (value >= 32)
        {
            sb.Append(Alphabet[32 | (value & 31)]);
            value >>= 5;
        }

        sb.Append(Alphabet[value]);
    }

    /// <summary>Numbers written by <see cref="AppendVarint"/> one after the other, without gaps (the meta file's per-plan counts).</summary>
    public static string EncodeNumbers(IEnumerable<int> values)
    {
        var sb = new StringBuilder();
        foreach (var value in values)
        {
            AppendVarint(sb, value);
        }

        return sb.ToString();
    }

    private static string EncodeBitmap(IReadOnlyList<int> sorted)
    {
        var chars = new int[(sorted[^1] / 6) + 1];
        foreach (var value in sorted)
        {
            chars[value / 6] |= 1 << (value % 6);
        }

        var sb = new StringBuilder(chars.Length + 1).Append(BitmapMark);
        foreach (var c in chars)
        {
            sb.Append(Alphabet[c]);
        }

        return sb.ToString();
    }

    /// <summary>The inverse of <see cref="Encode"/>, for tests (the browser has its own in search-engine.js).</summary>
    public static IReadOnlyList<int> Decode(string encoded)
    {
        var result = new List<int>();
        if (encoded.Length > 0 && encoded[0] == BitmapMark)
        {
            for (var i = 1; i < encoded.Length; i++)
            {
                var bits = Alphabet.IndexOf(encoded[i]);
                for (var b = 0; b < 6; b++)
                {
                    if ((bits & (1 << b)) != 0)
                    {
                        result.Add(((i - 1) * 6) + b);
                    }
                }
            }

            return result;
        }

        var previous = -1;
        foreach (var value in DecodeNumbers(encoded))
        {
            previous += value + 1;
            result.Add(previous);
        }

        return result;
    }

    public static IReadOnlyList<int> DecodeNumbers(string encoded)
    {
        var result = new List<int>();
        int value = 0, shift = 0;
        foreach (var c in encoded)
        {
            var digit = Alphabet.IndexOf(c);
            value |= (digit & 31) << shift;
            shift += 5;
            if (digit < 32)
            {
                result.Add(value);
                value = 0;
                shift = 0;
            }
        }

        return result;
    }
}
