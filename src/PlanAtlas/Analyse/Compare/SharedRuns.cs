namespace PlanAtlas.Analyse.Compare;

/// <summary>
/// The phrases two paired sentences share: every run of at least <see cref="MinimumLength"/> characters that
/// occurs in both (wherever it stands in each), so that a lone 的 or 和 both happen to have is not marked.
/// Half- and full-width punctuation (, and ，) count as the same character.
/// </summary>
public static class SharedRuns
{
    /// <summary>Shorter common runs are coincidence rather than shared wording (two-character words recur everywhere).</summary>
    public const int MinimumLength = 4;

    /// <summary>Each sentence cut into runs of shared text (<see cref="TextRun.Unique"/> false) and its own text.</summary>
    public static (IReadOnlyList<TextRun> Left, IReadOnlyList<TextRun> Right) Find(string left, string right)
    {
        var (a, b) = (Fold(left), Fold(right));
        var sharedA = new bool[a.Length];
        var sharedB = new bool[b.Length];

        // common[j] is the length of the common run ending at a[i-1] and b[j-1] (longest common suffix).
        var previous = new int[b.Length + 1];
        var common = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                common[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0;

                // Marked once, where the run ends, rather than at each character it grows by.
                var ends = i == a.Length || j == b.Length || a[i] != b[j];
                if (ends && common[j] >= MinimumLength)
                {
                    Array.Fill(sharedA, true, i - common[j], common[j]);
                    Array.Fill(sharedB, true, j - common[j], common[j]);
                }
            }

            (previous, common) = (common, previous);
        }

        return (Cut(left, sharedA), Cut(right, sharedB));
    }

    /// <summary>How many characters of a text its runs mark as shared.</summary>
    public static int SharedLength(IEnumerable<TextRun> runs) => runs.Where(r => !r.Unique).Sum(r => r.Text.Length);

    private static List<TextRun> Cut(string text, bool[] shared)
    {
        var runs = new List<TextRun>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || shared[i] != shared[start])
            {
                runs.Add(new TextRun(text[start..i], !shared[start]));
                start = i;
            }
        }

        return runs;
    }

    private static string Fold(string text) => string.Create(text.Length, text, (chars, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            chars[i] = source[i] switch
            {
                ',' => '，',
                ';' => '；',
                ':' => '：',
                '(' => '（',
                ')' => '）',
                '!' => '！',
                '?' => '？',
                var c => c,
            };
        }
    });
}
