using PlanAtlas.Model;

namespace PlanAtlas.Analyse.Topics;

/// <summary>
/// The topic list as vectors of character grams, built once per build: each topic's title and keywords, and each
/// outline part's heading. A gram's weight is its rarity over the topic list (inverse document frequency): 宪法
/// belongs to one topic and weighs much, 建设 to many and weighs little. Nothing here depends on the plans, so
/// scoring a provision costs the same whatever the size of the corpus: alignment is plans × topics.
/// </summary>
public sealed class TopicProfiles
{
    /// <summary>A keyword gram counts this much of a title gram in a topic's profile.</summary>
    public const double KeywordWeight = 0.7;

    private readonly Dictionary<string, double> _idf;
    private readonly double _unknownIdf;

    public TopicProfiles(IReadOnlyList<Topic> topics)
    {
        Topics = topics;
        var parts = topics.Select(t => t.Part).Distinct(StringComparer.Ordinal).ToList();
        Parts = parts;

        var titleGrams = topics.Select(t => CharacterGrams.Of(t.Title)).ToList();
        var keywordGrams = topics.Select(t => t.Keywords.SelectMany(CharacterGrams.Of).ToHashSet(StringComparer.Ordinal)).ToList();
        var partGrams = Parts.ToDictionary(p => p, p => CharacterGrams.Of(StripNumbering(p)), StringComparer.Ordinal);

        // Document frequency over the topics (title and keywords together) and the part headings.
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < topics.Count; i++)
        {
            foreach (var gram in titleGrams[i].Union(keywordGrams[i]))
            {
                df[gram] = df.GetValueOrDefault(gram) + 1;
            }
        }

        foreach (var gram in partGrams.Values.SelectMany(g => g))
        {
            df[gram] = df.GetValueOrDefault(gram) + 1;
        }

        var documents = topics.Count + Parts.Count;
        _idf = df.ToDictionary(kv => kv.Key, kv => Math.Log(1.0 + (double)documents / kv.Value), StringComparer.Ordinal);
        _unknownIdf = Math.Log(1.0 + documents);

        TitleVectors = titleGrams.Select(g => Vector(g.ToDictionary(x => x, _ => 1.0, StringComparer.Ordinal))).ToList();
        ProfileVectors = topics.Select((_, i) =>
        {
            var weights = keywordGrams[i].ToDictionary(x => x, _ => KeywordWeight, StringComparer.Ordinal);
            foreach (var gram in titleGrams[i])
            {
                weights[gram] = 1.0;
            }

            return Vector(weights);
        }).ToList();
        PartVectors = Parts.Select(p => Vector(partGrams[p].ToDictionary(x => x, _ => 1.0, StringComparer.Ordinal))).ToList();
        PartOfTopic = topics.Select(t => parts.IndexOf(t.Part)).ToList();
        TermVectors = topics.Select(t => (IReadOnlyList<(GramVector, double)>)
            [.. new[] { (Term: t.Title, Weight: 1.0) }.Concat(t.Keywords.Select(k => (Term: k, Weight: KeywordWeight)))
                .OrderByDescending(x => x.Term.Length).Select(x => (Vector(x.Term), x.Weight))]).ToList();
    }

    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>The outline's parts in order of first appearance (一、总体要求 …).</summary>
    public IReadOnlyList<string> Parts { get; }

    /// <summary>Per topic: its title's grams.</summary>
    public IReadOnlyList<GramVector> TitleVectors { get; }

    /// <summary>Per topic: its title's and keywords' grams, keywords weighing <see cref="KeywordWeight"/>.</summary>
    public IReadOnlyList<GramVector> ProfileVectors { get; }

    /// <summary>Per topic: its title and each keyword as a vector of its own with the weight of a match, longest first.</summary>
    public IReadOnlyList<IReadOnlyList<(GramVector Vector, double Weight)>> TermVectors { get; }

    /// <summary>Per part: its heading's grams, without the numbering.</summary>
    public IReadOnlyList<GramVector> PartVectors { get; }

    /// <summary>Per topic: the index of its part in <see cref="Parts"/>.</summary>
    public IReadOnlyList<int> PartOfTopic { get; }

    /// <summary>The rarity weight of a gram; grams no topic has weigh the most (they only dilute a match).</summary>
    public double Idf(string gram) => _idf.TryGetValue(gram, out var idf) ? idf : _unknownIdf;

    /// <summary>A text as a vector: each distinct gram weighted by its rarity.</summary>
    public GramVector Vector(string text) => Vector(CharacterGrams.Of(text).ToDictionary(g => g, _ => 1.0, StringComparer.Ordinal));

    private GramVector Vector(Dictionary<string, double> weights) =>
        new(weights.ToDictionary(kv => kv.Key, kv => kv.Value * Idf(kv.Key), StringComparer.Ordinal));

    /// <summary>二、推动全社会增强法治观念 → 推动全社会增强法治观念.</summary>
    public static string StripNumbering(string heading)
    {
        var at = heading.IndexOf('、');
        return at is > 0 and <= 4 ? heading[(at + 1)..] : heading;
    }
}

/// <summary>A sparse vector of gram weights, with its length kept for cosines.</summary>
public sealed class GramVector
{
    // The concrete type: enumerated for every provision against every term, an interface would box its enumerator each time.
    private readonly Dictionary<string, double> _weights;

    public GramVector(Dictionary<string, double> weights)
    {
        _weights = weights;
        Norm = Math.Sqrt(weights.Values.Sum(w => w * w));
        Total = weights.Values.Sum();
    }

    public IReadOnlyDictionary<string, double> Weights => _weights;

    /// <summary>Each gram with its weight.</summary>
    public Dictionary<string, double>.Enumerator GetEnumerator() => _weights.GetEnumerator();

    public double Norm { get; }

    /// <summary>The sum of the weights, for coverage.</summary>
    public double Total { get; }

    public bool IsEmpty => Weights.Count == 0;

    /// <summary>The cosine of the angle between two vectors: 1 for the same grams, 0 for none in common.</summary>
    public double Cosine(GramVector other)
    {
        if (Norm == 0 || other.Norm == 0)
        {
            return 0;
        }

        var (small, large) = _weights.Count <= other._weights.Count ? (this, other) : (other, this);
        var dot = 0.0;
        foreach (var (gram, weight) in small._weights)
        {
            if (large._weights.TryGetValue(gram, out var w))
            {
                dot += weight * w;
            }
        }

        return Math.Clamp(dot / (Norm * other.Norm), 0, 1);
    }

    /// <summary>The share of this vector's weight whose grams the given set has (0–1).</summary>
    public double CoveredBy(IReadOnlySet<string> grams)
    {
        if (Total == 0)
        {
            return 0;
        }

        var covered = 0.0;
        foreach (var (gram, weight) in _weights)
        {
            if (grams.Contains(gram))
            {
                covered += weight;
            }
        }

        return covered / Total;
    }
}
