namespace PlanAtlas.Structure;

/// <summary>Bracket-aware scanning, because notes nest brackets: 〔责任单位:州司法局(州委依法治州办)…〕.</summary>
public static class Brackets
{
    public const string Openers = "（(〔[【";
    public const string Closers = "）)〕]】";

    /// <summary>Index of the opener matching the closer at <paramref name="closeAt"/>, or -1.</summary>
    public static int MatchingOpener(string text, int closeAt)
    {
        var depth = 0;
        for (var i = closeAt; i >= 0; i--)
        {
            if (Closers.Contains(text[i]))
            {
                depth++;
            }
            else if (Openers.Contains(text[i]) && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Splits at any of <paramref name="separators"/> that stands outside brackets.</summary>
    public static List<string> SplitOutside(string text, string separators, int maxParts = int.MaxValue)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length && parts.Count < maxParts - 1; i++)
        {
            var c = text[i];
            if (Openers.Contains(c))
            {
                depth++;
            }
            else if (Closers.Contains(c))
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && separators.Contains(c))
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    public static bool ContainsOutside(string text, string separators) => SplitOutside(text, separators).Count > 1;
}
