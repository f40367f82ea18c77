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
        // A bigram and a trigram end at each character of a run (grams are taken as the run is read, not from
        // strings): every key first, then sorted and counted in place.
        var keys = new long[2 * text.Length];
        var total = 0;
        var (before, last, run) = ('\0', '\0', 0);
        foreach (var raw in text)
        {
            var c = CharacterGrams.Folded(raw);
            run = c == CharacterGrams.NotInRun ? 0 : run + 1;
            if (run >= CharacterGrams.Shortest)
            {
                keys[total++] = Pack(last, c);
            }

            if (run >= CharacterGrams.Longest)
            {
                keys[total++] = Pack(before, last, c);
            }

            (before, last) = (last, c);
        }

        Array.Sort(keys, 0, total);
        var counts = new int[total];
        var distinct = 0;
        for (var i = 0; i < total; i++)
        {
            if (distinct > 0 && keys[distinct - 1] == keys[i])
            {
                counts[distinct - 1]++;
            }
            else
            {
                keys[distinct] = keys[i];
                counts[distinct++] = 1;
            }
        }

        return new GramBag(keys[..distinct], counts[..distinct], total);
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

    // A trigram has a third unit in the bits above a bigram's two; no unit of a run is zero.
    private static long Pack(char first, char second) => ((long)first << 16) | second;

    private static long Pack(char first, char second, char third) => ((long)first << 32) | ((long)second << 16) | third;
}
