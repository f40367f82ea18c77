namespace PlanAtlas.Search;

/// <summary>
/// The knobs of lunr's builder that change the serialised index. Defaults are lunr's own (b, k1)
/// and ours (a title match counts ten times a body match).
/// </summary>
public sealed record LunrIndexOptions
{
    public static LunrIndexOptions Default { get; } = new();

    public double TitleBoost { get; init; } = 10;
    public double TextBoost { get; init; } = 1;
    public double PlanBoost { get; init; } = 1;
    public double PathBoost { get; init; } = 1;

    /// <summary>lunr's per-document boost (<c>builder.add(doc, { boost })</c>); null means 1 for all.</summary>
    public Func<SearchDocument, double>? DocumentBoost { get; init; }

    /// <summary>BM25 field-length normalisation; lunr clamps it to [0, 1].</summary>
    public double B { get; init; } = 0.75;

    /// <summary>BM25 term-frequency saturation.</summary>
    public double K1 { get; init; } = 1.2;
}
