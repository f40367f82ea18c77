using PlanAtlas.Routing;

namespace PlanAtlas.Render.ViewModels;

/// <summary>
/// Two plans' provisions of one measure as a 条文对照 (/compare/&lt;topic&gt;/&lt;a&gt;--&lt;b&gt;/): sentence beside
/// its most similar sentence, row by row, each row summed up in words and the phrases the two share marked.
/// </summary>
public sealed record ComparePairView
{
    public required CompareTopicHeader Topic { get; init; }
    public required string Heading { get; init; }
    public required string Summary { get; init; }
    public required string Legend { get; init; }
    public required ComparePairSide Left { get; init; }
    public required ComparePairSide Right { get; init; }
    public required IReadOnlyList<AlignedRowView> Rows { get; init; }
}

/// <summary>A plan as one side of a comparison: the head of its column.</summary>
public sealed record ComparePairSide
{
    public required string Slug { get; init; }
    public required string Short { get; init; }
    public required string Title { get; init; }
    public required SiteLink PlanHref { get; init; }

    /// <summary>"仅甘肃省有的文字：123 字".</summary>
    public required string OnlyText { get; init; }
}

/// <summary>
/// A row of the 条文对照: what it is in words (相同, 相近：共有文字约 62%, 仅渠县有), a class for its colour, and the two
/// cells (one empty when only one plan has the sentence).
/// </summary>
public sealed record AlignedRowView(string Kind, string SummaryText, AlignedCellView Left, AlignedCellView Right);

/// <summary>
/// One side's sentence in a row; <see cref="Number"/> is set where a provision begins (its number, linked to its
/// page). An empty cell says so to screen readers (<see cref="EmptyText"/>).
/// </summary>
public sealed record AlignedCellView
{
    /// <summary>The plan's name, shown above the cell when the columns stack on a phone.</summary>
    public required string Plan { get; init; }

    public bool IsEmpty => Runs.Count == 0;

    public string EmptyText { get; init; } = string.Empty;

    public string? Number { get; init; }

    public SiteLink? NumberHref { get; init; }

    /// <summary>The provision's title rather than a sentence of its text.</summary>
    public bool IsTitle { get; init; }

    public UncertainMark? Uncertain { get; init; }

    public required IReadOnlyList<DiffRunView> Runs { get; init; }
}

/// <summary>A run of text: a phrase both sentences have (<see cref="Shared"/>), or this side's own wording.</summary>
public sealed record DiffRunView(string Text, bool Shared);
