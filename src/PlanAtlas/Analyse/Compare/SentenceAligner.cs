namespace PlanAtlas.Analyse.Compare;

/// <summary>
/// Pairs the sentences of two texts as a 条文对照 does: each sentence with at most one of the other side, in the
/// order both texts have them, so that the pairs' summed similarity is greatest (dynamic programming, as a sequence
/// alignment). Two sentences may be paired only when they are at least <see cref="MinimumSimilarity"/> alike; the
/// others stand alone. Similarity is the Dice coefficient of the two sentences' character bigrams and trigrams
/// (<see cref="GramBag"/>, punctuation ignored): 1 for the same words, 0 for none in common.
/// </summary>
public static class SentenceAligner
{
    /// <summary>
    /// Below this, two sentences are different sentences. Sentences of the plans on one measure that say the same
    /// thing in other words score 0.2–0.5 (主要目标 and 总体目标 0.2, two sentences on 宪法宣誓 0.32); sentences of one
    /// measure about different things score about 0.1.
    /// </summary>
    public const double MinimumSimilarity = 0.2;

    /// <summary>The rows of the alignment in order: a pair, or a sentence of one side alone (the other index null).</summary>
    public static IReadOnlyList<SentencePair> Align(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var gramsLeft = left.Select(GramBag.Of).ToList();
        var gramsRight = right.Select(GramBag.Of).ToList();
        var (n, m) = (left.Count, right.Count);
        var similarity = new double[n, m];
        var best = new double[n + 1, m + 1];
        for (var i = 1; i <= n; i++)
        {
            for (var j = 1; j <= m; j++)
            {
                var s = similarity[i - 1, j - 1] = Similarity(gramsLeft[i - 1], gramsRight[j - 1]);
                var paired = s >= MinimumSimilarity ? best[i - 1, j - 1] + s : double.MinValue;
                best[i, j] = Math.Max(paired, Math.Max(best[i - 1, j], best[i, j - 1]));
            }
        }

        // Back from the end; a sentence left alone comes before the pair that follows it.
        var rows = new List<SentencePair>();
        var (a, b) = (n, m);
        while (a > 0 || b > 0)
        {
            if (a > 0 && b > 0 && similarity[a - 1, b - 1] >= MinimumSimilarity && best[a, b] == best[a - 1, b - 1] + similarity[a - 1, b - 1])
            {
                rows.Add(new SentencePair(--a, --b, similarity[a, b]));
            }
            else if (b > 0 && (a == 0 || best[a, b] == best[a, b - 1]))
            {
                rows.Add(new SentencePair(null, --b, 0));
            }
            else
            {
                rows.Add(new SentencePair(--a, null, 0));
            }
        }

        rows.Reverse();
        return rows;
    }

    /// <summary>The Dice coefficient of two gram counts: twice the grams in common over all grams.</summary>
    public static double Similarity(GramBag a, GramBag b)
    {
        var total = a.Total + b.Total;
        return total == 0 ? 0 : 2.0 * a.Common(b) / total;
    }

    public static double Similarity(string a, string b) => Similarity(GramBag.Of(a), GramBag.Of(b));
}

/// <summary>A row of an alignment: the left and right sentence indexes (one may be null) and how alike they are.</summary>
public sealed record SentencePair(int? Left, int? Right, double Similarity);
