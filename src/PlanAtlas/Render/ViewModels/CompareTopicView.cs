using PlanAtlas.Routing;

namespace PlanAtlas.Render.ViewModels;

/// <summary>A measure's page (/compare/&lt;topic&gt;/): every plan's provisions of the measure, side by side.</summary>
public sealed record CompareTopicView
{
    public required CompareTopicHeader Topic { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<CompareColumn> Columns { get; init; }

    /// <summary>Plans that have no provision of this measure.</summary>
    public required IReadOnlyList<ComparePlanLink> Missing { get; init; }

    public bool HasMissing => Missing.Count > 0;

    /// <summary>The places whose plans are on pages of their own (a large corpus), with how many have the measure.</summary>
    public IReadOnlyList<PlaceLinkView> Places { get; init; } = [];

    public bool HasPlaces => Places.Count > 0;

    /// <summary>More than one plan: the switcher is shown (links to the columns; a script turns them into tabs on phones).</summary>
    public bool HasSwitcher => Columns.Count > 1;

    /// <summary>The two-plan comparisons computed for this measure, and how they were chosen.</summary>
    public required IReadOnlyList<ComparePairLink> Pairs { get; init; }

    public required string PairsIntro { get; init; }

    public bool HasPairs => Pairs.Count > 0;

    public NeighbourLink? Previous { get; init; }
    public NeighbourLink? Next { get; init; }
}

/// <summary>A measure of the outline as the comparison pages head it.</summary>
public sealed record CompareTopicHeader(string Id, string Marker, string Title, string Part, SiteLink Href, string Keywords);

/// <summary>One plan's column: its provisions of the measure, in document order.</summary>
public sealed record CompareColumn
{
    public required string Slug { get; init; }

    /// <summary>The column's element id (plan-gansu), the target of the index's cells and of the switcher.</summary>
    public required string AnchorId { get; init; }

    public required string Short { get; init; }
    public required string Title { get; init; }
    public required SiteLink PlanHref { get; init; }
    public required string LevelName { get; init; }
    public required bool IsDraft { get; init; }
    public required string StatusText { get; init; }
    public required string CountText { get; init; }
    public required IReadOnlyList<CompareProvision> Provisions { get; init; }
}

/// <summary>A provision in a column: its full text and note, how it was matched, and the way back to it.</summary>
public sealed record CompareProvision
{
    /// <summary>Unique on the page (gansu-part_2__sec_1__art_2): provision ids repeat across plans.</summary>
    public required string DomId { get; init; }

    public required string Marker { get; init; }
    public required string Title { get; init; }
    public required string NumberPath { get; init; }
    public required IReadOnlyList<string> Paragraphs { get; init; }
    public NoteView? Note { get; init; }
    public required SiteLink PageHref { get; init; }
    public required string Citation { get; init; }

    /// <summary>"自动对齐，匹配度 0.82" and the like.</summary>
    public required string PlacementText { get; init; }
}

public sealed record ComparePlanLink(string Text, SiteLink Href);


/// <summary>A link to a two-plan comparison, with how much text the two share.</summary>
public sealed record ComparePairLink(string Text, SiteLink Href, string SimilarityText);
