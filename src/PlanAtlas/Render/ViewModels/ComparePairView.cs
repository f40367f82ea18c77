using PlanAtlas.Routing;

namespace PlanAtlas.Render.ViewModels;

/// <summary>
/// Two plans' provisions of one measure, the text they share and the text only one has marked at character level
/// (/compare/&lt;topic&gt;/&lt;a&gt;--&lt;b&gt;/).
/// </summary>
public sealed record ComparePairView
{
    public required CompareTopicHeader Topic { get; init; }
    public required string Heading { get; init; }
    public required string Summary { get; init; }
    public required string Legend { get; init; }
    public required ComparePairSide Left { get; init; }
    public required ComparePairSide Right { get; init; }
}

public sealed record ComparePairSide
{
    public required string Slug { get; init; }
    public required string ColumnId { get; init; }
    public required string Short { get; init; }
    public required string Title { get; init; }
    public required SiteLink PlanHref { get; init; }

    /// <summary>"仅甘肃省有的文字：123 字".</summary>
    public required string OnlyText { get; init; }

    public required IReadOnlyList<ComparePairProvision> Provisions { get; init; }
}

public sealed record ComparePairProvision
{
    public required string DomId { get; init; }
    public required string Marker { get; init; }
    public required string NumberPath { get; init; }
    public required IReadOnlyList<DiffRunView> Title { get; init; }
    public required IReadOnlyList<DiffParagraphView> Paragraphs { get; init; }
    public required SiteLink PageHref { get; init; }
}

public sealed record DiffParagraphView(IReadOnlyList<DiffRunView> Runs);

/// <summary>
/// A run of text: shared by the two plans, or only in this one (<see cref="Unique"/>), in which case the labels
/// (visually hidden) say so in words, so that the marks do not depend on colour or sight.
/// </summary>
public sealed record DiffRunView(string Text, bool Unique, string StartLabel, string EndLabel);
