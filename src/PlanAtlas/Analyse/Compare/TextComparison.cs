using DiffPlex;

namespace PlanAtlas.Analyse.Compare;

/// <summary>
/// Compares two plans' texts of one measure character by character (DiffPlex), at build time: which text the two
/// share and which only one has. Each side is a list of units (a provision's title, each paragraph); the result
/// keeps that shape, each unit cut into runs of shared and unique text. A shared run shorter than
/// <see cref="MinimumSharedRun"/> between differences (a lone 的 or 和 that two different sentences happen to have)
/// is counted as different on both sides, so that the marks follow phrases rather than scattered characters.
/// Half- and full-width punctuation (, and ，) count as the same character.
/// </summary>
public static class TextComparison
{
    /// <summary>Shared runs shorter than this, next to a difference, are shown as different.</summary>
    public const int MinimumSharedRun = 3;

    private const char Separator = '\u2029'; // PARAGRAPH SEPARATOR: never in the plans' text

    public static ComparisonResult Compare(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var a = string.Join(Separator, left);
        var b = string.Join(Separator, right);
        var uniqueA = new bool[a.Length];
        var uniqueB = new bool[b.Length];

        // Compared with half-width punctuation folded to full width (the plans mix ， and ,): a difference of
        // typing is not a difference of wording. Folding keeps every position, so the runs cut the original text.
        var diff = new Differ().CreateCharacterDiffs(Fold(a), Fold(b), ignoreWhitespace: false);
        var blocks = diff.DiffBlocks.OrderBy(d => d.DeleteStartA).ToList();
        foreach (var block in blocks)
        {
            Array.Fill(uniqueA, true, block.DeleteStartA, block.DeleteCountA);
            Array.Fill(uniqueB, true, block.InsertStartB, block.InsertCountB);
        }

        DropShortSharedRuns(blocks.Select(d => (d.DeleteStartA, d.DeleteCountA, d.InsertStartB, d.InsertCountB)).ToList(), a, b, uniqueA, uniqueB);

        var sidesA = Split(a, uniqueA, left.Count);
        var sidesB = Split(b, uniqueB, right.Count);
        var shared = Count(a, uniqueA, wanted: false);
        return new ComparisonResult(sidesA, sidesB, shared, Count(a, uniqueA, wanted: true), Count(b, uniqueB, wanted: true));
    }

    /// <summary>The equal runs between blocks of changes: a short one, next to a change, becomes a change on both sides.</summary>
    private static void DropShortSharedRuns(
        List<(int StartA, int CountA, int StartB, int CountB)> blocks, string a, string b, bool[] uniqueA, bool[] uniqueB)
    {
        if (blocks.Count == 0)
        {
            return; // the texts are the same
        }

        var endA = 0;
        var endB = 0;
        for (var k = 0; k <= blocks.Count; k++)
        {
            var (startA, startB) = k < blocks.Count ? (blocks[k].StartA, blocks[k].StartB) : (a.Length, b.Length);
            var length = startA - endA;
            if (length > 0 && length < MinimumSharedRun && length == startB - endB)
            {
                for (var i = 0; i < length; i++)
                {
                    // A separator stays shared: it is the boundary of a unit, not text.
                    uniqueA[endA + i] = a[endA + i] != Separator;
                    uniqueB[endB + i] = b[endB + i] != Separator;
                }
            }

            if (k < blocks.Count)
            {
                endA = blocks[k].StartA + blocks[k].CountA;
                endB = blocks[k].StartB + blocks[k].CountB;
            }
        }
    }

    private static List<IReadOnlyList<TextRun>> Split(string text, bool[] unique, int units)
    {
        var result = new List<IReadOnlyList<TextRun>>(units);
        var runs = new List<TextRun>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var boundary = i == text.Length || text[i] == Separator;
            if (boundary || (i > start && unique[i] != unique[i - 1]))
            {
                if (i > start)
                {
                    runs.Add(new TextRun(text[start..i], unique[start]));
                }

                start = boundary ? i + 1 : i;
            }

            if (boundary)
            {
                result.Add(runs);
                runs = [];
            }
        }

        while (result.Count < units)
        {
            result.Add([]);
        }

        return result;
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

    private static int Count(string text, bool[] unique, bool wanted) =>
        Enumerable.Range(0, text.Length).Count(i => text[i] != Separator && unique[i] == wanted);
}

/// <summary>A run of text that both plans have (<see cref="Unique"/> false) or only this one has.</summary>
public sealed record TextRun(string Text, bool Unique);

/// <summary>The two sides cut into runs, unit by unit, and the character counts.</summary>
public sealed record ComparisonResult(
    IReadOnlyList<IReadOnlyList<TextRun>> Left,
    IReadOnlyList<IReadOnlyList<TextRun>> Right,
    int SharedCharacters,
    int OnlyLeftCharacters,
    int OnlyRightCharacters)
{
    /// <summary>The share of all text that the two have in common: 2 × shared ÷ (left + right), 0–1.</summary>
    public double Similarity
    {
        get
        {
            var total = (2 * SharedCharacters) + OnlyLeftCharacters + OnlyRightCharacters;
            return total == 0 ? 1 : 2.0 * SharedCharacters / total;
        }
    }
}
