using PlanAtlas.Analyse.Topics;

namespace PlanAtlas.Analyse.Compare;

/// <summary>
/// A sentence's <see cref="CharacterGrams"/> with how often each occurs, as sorted numbers rather than strings: a
/// gram of two or three UTF-16 units packs into one long, so comparing two sentences is one merge of two sorted
/// arrays, with nothing allocated. A pair page compares every sentence of one side with every sentence of the other.
/// </summary>
public sealed class GramBag
{
    private readonly long[] _grams;
    private readonly int[] _counts;

    private GramBag(long[] grams, int[] counts, int total) => (_grams, _counts, Total) = (grams, counts, total);

    /// <summary>How many grams the text has, each occurrence counted.</summary>
    public int Total { get; }

    public static GramBag Of(string text)
    {
        var all = new List<long>();
        foreach (var run in CharacterGrams.Runs(text))
        {
            for (var n = CharacterGrams.Shortest; n <= CharacterGrams.Longest; n++)
            {
                for (var i = 0; i + n <= run.Length; i++)
                {
                    all.Add(Pack(run.AsSpan(i, n)));
                }
            }
        }

        all.Sort();
        var grams = new List<long>();
        var counts = new List<int>();
        foreach (var gram in all)
        {
            if (grams.Count > 0 && grams[^1] == gram)
            {
                counts[^1]++;
            }
            else
            {
                grams.Add(gram);
                counts.Add(1);
            }
        }

        return new GramBag([.. grams], [.. counts], all.Count);
    }

    /// <summary>How many grams the two have in common, each counted as often as the text with fewer of it has it.</summary>
    public int Common(GramBag other)
    {
        var (a, b, common) = (0, 0, 0);
        while (a < _grams.Length && b < other._grams.Length)
        {
            var order = _grams[a].CompareTo(other._grams[b]);
            if (order == 0)
            {
                common += Math.Min(_counts[a++], other._counts[b++]);
            }
            else if (order < 0)
            {
                a++;
            }
            else
            {
                b++;
            }
        }

        return common;
    }

    // The length in the top bits keeps a bigram apart from a trigram that starts with a zero unit.
    private static long Pack(ReadOnlySpan<char> gram)
    {
        long packed = gram.Length;
        foreach (var c in gram)
        {
            packed = (packed << 16) | c;
        }

        return packed;
    }
}
