namespace PlanAtlas.Analyse.Topics;

/// <summary>
/// Chinese is not written with spaces between words, so texts are compared by their character n-grams:
/// every run of letters and digits (punctuation splits runs) gives its bigrams and trigrams.
/// 维护宪法权威 → 维护 护宪 宪法 法权 权威 维护宪 护宪法 宪法权 法权威. Full-width Latin letters and digits
/// count as their half-width forms, so 2025 and ２０２５ are the same grams.
/// </summary>
public static class CharacterGrams
{
    public const int Shortest = 2;
    public const int Longest = 3;

    /// <summary>The distinct grams of a text.</summary>
    public static HashSet<string> Of(string text)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in Runs(text))
        {
            for (var n = Shortest; n <= Longest; n++)
            {
                for (var i = 0; i + n <= run.Length; i++)
                {
                    grams.Add(run.Substring(i, n));
                }
            }
        }

        return grams;
    }

    /// <summary>The runs of letters and digits, punctuation and spaces removed, full-width forms folded.</summary>
    public static IEnumerable<string> Runs(string text)
    {
        var run = new System.Text.StringBuilder();
        foreach (var raw in text)
        {
            if (Folded(raw) is var c and not NotInRun)
            {
                run.Append(c);
                continue;
            }

            if (run.Length > 0)
            {
                yield return run.ToString();
                run.Clear();
            }
        }

        if (run.Length > 0)
        {
            yield return run.ToString();
        }
    }

    /// <summary>What <see cref="Folded"/> gives for punctuation and spaces, which end a run.</summary>
    public const char NotInRun = '\0';

    /// <summary>A character as runs have it (full-width folded, lower case), or <see cref="NotInRun"/>.</summary>
    public static char Folded(char raw)
    {
        var c = raw is >= '\uff01' and <= '\uff5e' ? (char)(raw - 0xfee0) : raw;
        return char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : NotInRun;
    }
}
