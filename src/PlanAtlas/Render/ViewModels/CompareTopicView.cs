using PlanAtlas.Routing;

namespace PlanAtlas.Render.ViewModels;

/// <summary>
/// A measure's page (/compare/&lt;topic&gt;/): two plans' provisions of the measure side by side (chosen with
/// <see cref="Chooser"/>; by default the first two), then every plan's provisions one after the other.
/// </summary>
public sealed record CompareTopicView
{
    public required CompareTopicHeader Topic { get; init; }
    public required string Summary { get; init; }
    /// <summary>Every plan's column, in order: the full list below the side-by-side view.</summary>
    public required IReadOnlyList<CompareColumn> Columns { get; init; }

    /// <summary>The columns shown side by side before the reader chooses (the script fills them from <see cref="Columns"/>).</summary>
    public IReadOnlyList<CompareColumn> SideBySide { get; init; } = [];

    /// <summary>The controls choosing each side-by-side column; empty with fewer than two plans.</summary>
    public IReadOnlyList<CompareSlot> Chooser { get; init; } = [];

    public bool HasSideBySide => SideBySide.Count > 1;

    /// <summary>The 条文对照 of the two plans shown side by side before the reader chooses, when the build made one.</summary>
    public ComparePairLink? SidePair { get; init; }

    /// <summary>Plans that have no provision of this measure.</summary>
    public required IReadOnlyList<ComparePlanLink> Missing { get; init; }

    public bool HasMissing => Missing.Count > 0;

    /// <summary>The places whose plans are on pages of their own (a large corpus), with how many have the measure.</summary>
    public IReadOnlyList<PlaceLinkView> Places { get; init; } = [];

    public bool HasPlaces => Places.Count > 0;

    /// <summary>More than one plan: links to each plan's part of the full list are shown.</summary>
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

    /// <summary>The nearest plan above with this measure (its slug): the script's default partner for this plan.</summary>
    public string? AboveSlug { get; init; }

    /// <summary>This plan's provisions of the measure beside the plan above's (set with <see cref="AboveSlug"/>).</summary>
    public SiteLink? AboveHref { get; init; }

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

    /// <summary>Set when the machine placed the provision here with a low score.</summary>
    public UncertainMark? Uncertain { get; init; }
}

/// <summary>
/// A control of the side-by-side chooser: which plan fills one column. <see cref="Column"/> is the column's
/// position (0, 1); the options are the page's plans, the default one selected.
/// </summary>
public sealed record CompareSlot(int Column, string ControlId, string Label, IReadOnlyList<CompareSlotOption> Options);

public sealed record CompareSlotOption(string Slug, string Text, bool Selected);

public sealed record ComparePlanLink(string Text, SiteLink Href);


/// <summary>A link to a two-plan comparison, with how much text the two share.</summary>
public sealed record ComparePairLink(string Text, SiteLink Href, string SimilarityText)
{
    /// <summary>The two slugs, left first (gansu--quxian): how compare.js finds the comparison of the chosen plans.</summary>
    public string Key { get; init; } = string.Empty;
}
