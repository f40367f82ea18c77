using PlanAtlas.Model;

namespace PlanAtlas.Analyse.Topics;

/// <summary>
/// Scores a division's own words against every topic (0–1), from two signals, each 0–1:
/// <list type="bullet">
/// <item><b>title</b>: how well the division's title names the topic: the cosine of their rarity-weighted grams (with
/// the topic's title, or its title and keywords), or, when higher, the topic's terms the title contains
/// (落实宪法宣誓制度 contains 宪法宣誓);</item>
/// <item><b>text</b>: the topic's terms (title and keywords) found in the division's title and text, a few found
/// terms making a full score, longer terms weighing more than two-character ones.</item>
/// </list>
/// The title counts more than the body. Where the division stands in its plan (the part it is in) is added by
/// <see cref="AlignTopics"/>, which sees the whole plan.
/// </summary>
public sealed class TopicScorer(TopicProfiles profiles)
{
    public const double TitleWeight = 0.55;
    public const double TextWeight = 0.45;

    public TopicProfiles Profiles { get; } = profiles;

    /// <summary>Every topic's score for a division's title and text, in topic order.</summary>
    public double[] Score(Division division) => Score(division.Title, division.Text);

    public double[] Score(string title, string text)
    {
        var titleVector = Profiles.Vector(title);
        var grams = CharacterGrams.Of(title + "\n" + text);
        var titleGrams = CharacterGrams.Of(title);
        var scores = new double[Profiles.Topics.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            var covered = TermScore(grams, i, TermsForFullScore);
            var named = Math.Max(TitleScore(titleVector, i), TermScore(titleGrams, i, 1));
            scores[i] = (TitleWeight * named) + (TextWeight * covered);
        }

        return scores;
    }

    /// <summary>How well a heading alone names each topic (the title signal only): used for group headings.</summary>
    public double[] HeadingScores(string heading)
    {
        var vector = Profiles.Vector(heading);
        return Enumerable.Range(0, Profiles.Topics.Count).Select(i => TitleScore(vector, i)).ToArray();
    }

    /// <summary>How well a heading names each outline part (二、推动全社会增强法治观念 …), numbering ignored.</summary>
    public double[] PartScores(string heading)
    {
        var vector = Profiles.Vector(TopicProfiles.StripNumbering(heading));
        return Profiles.PartVectors.Select(vector.Cosine).ToArray();
    }

    /// <summary>
    /// The topic's terms (its title and keywords) found in a text: a term counts when at least
    /// <see cref="TermMatch"/> of its weight is there, and only for grams no longer term already counted, so that
    /// 公共法律服务 and 法律服务 found in one phrase count once. <see cref="TermsForFullScore"/> terms make 1.
    /// </summary>
    private double TermScore(IReadOnlySet<string> grams, int topic, double termsForFullScore)
    {
        var counted = new HashSet<string>(StringComparer.Ordinal);
        var sum = 0.0;
        foreach (var (vector, weight) in Profiles.TermVectors[topic])
        {
            var match = vector.CoveredBy(grams);
            if (match < TermMatch)
            {
                continue;
            }

            var fresh = 0.0;
            foreach (var (gram, w) in vector)
            {
                if (grams.Contains(gram) && counted.Add(gram))
                {
                    fresh += w;
                }
            }

            sum += weight * fresh / vector.Total * Specificity(vector);
        }

        return Math.Min(1, sum / termsForFullScore);
    }

    /// <summary>A two-character term (立法, 考核) says less than a four-character one (宪法宣誓): 0.5 to 1.</summary>
    private static double Specificity(GramVector term)
    {
        // A term of n characters has (n-1) bigrams and (n-2) trigrams.
        var grams = term.Weights.Count;
        var characters = (grams + 3) / 2.0;
        return Math.Min(1, characters / 4);
    }

    /// <summary>A term counts when this share of its weight is found.</summary>
    public const double TermMatch = 0.6;

    /// <summary>How many fully found terms make a text score of 1.</summary>
    public const double TermsForFullScore = 2.5;

    private double TitleScore(GramVector title, int topic) =>
        Math.Max(title.Cosine(Profiles.TitleVectors[topic]), title.Cosine(Profiles.ProfileVectors[topic]));
}
