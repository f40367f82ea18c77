namespace PlanAtlas.Model;

/// <summary>
/// The four numbering levels of Chinese official documents (GB/T 9704), outermost first.
/// The names follow Akoma Ntoso's eId prefixes.
/// </summary>
public enum NumberLevel
{
    /// <summary><c>一、</c></summary>
    Part = 1,

    /// <summary><c>（一）</c></summary>
    Section = 2,

    /// <summary><c>1.</c></summary>
    Article = 3,

    /// <summary><c>（1）</c></summary>
    Paragraph = 4,
}
