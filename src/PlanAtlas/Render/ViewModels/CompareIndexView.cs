using PlanAtlas.Render.Charts;
using PlanAtlas.Routing;

namespace PlanAtlas.Render.ViewModels;

/// <summary>The comparison index (/compare/): the outline's measures × the plans, grouped by the outline's parts.</summary>
public sealed record CompareIndexView
{
    public required string Lead { get; init; }
    public required string Caption { get; init; }
    public required IReadOnlyList<ComparePlanHeader> Plans { get; init; }
    public required IReadOnlyList<ComparePartRows> Parts { get; init; }

    /// <summary>The same numbers as <see cref="Parts"/>, as a picture (the table stays for the numbers and links).</summary>
    public required CoverageHeatMap HeatMap { get; init; }

    /// <summary>The row of provisions that match no measure (local measures), per plan.</summary>
    public required CompareLocalRow Local { get; init; }

    /// <summary>Per plan, its provisions that match no measure, listed under the table.</summary>
    public required IReadOnlyList<CompareLocalPlan> LocalPlans { get; init; }

    public bool HasLocalPlans => LocalPlans.Count > 0;

    /// <summary>Columns of the table: the measure, one per plan, and the coverage.</summary>
    public int ColumnCount => Plans.Count + 2;
}

/// <summary>A plan as a column heading.</summary>
public sealed record ComparePlanHeader(string Slug, string Short, string Title, SiteLink Href, string LevelName, bool IsDraft, string StatusText);

/// <summary>One part of the outline (二、推动全社会增强法治观念) and its measures' rows; its heading spans the table.</summary>
public sealed record ComparePartRows(string Title, string HeadingId, int ColumnCount, IReadOnlyList<CompareTopicRow> Rows);

/// <summary>A measure's row: a cell per plan and how many plans have it.</summary>
public sealed record CompareTopicRow
{
    public required string Id { get; init; }
    public required string Marker { get; init; }
    public required string Title { get; init; }

    /// <summary>The measure's page; null when no plan has the measure (there is no page then).</summary>
    public SiteLink? Href { get; init; }

    public required IReadOnlyList<CompareCell> Cells { get; init; }

    /// <summary>"4/5".</summary>
    public required string CoverageText { get; init; }

    /// <summary>"5 部方案中有 4 部".</summary>
    public required string CoverageLabel { get; init; }
}

/// <summary>
/// A cell of the matrix: the number of provisions (or, in a place's column, of plans), linked to them, or a dash with a
/// text for screen readers (<see cref="Label"/>, visually hidden; empty for a number, which the headings explain).
/// </summary>
/// <param name="Column">The plan or place of the cell's column, which labels the cell when the table stacks on a phone.</param>
public sealed record CompareCell(int Count, string Text, string Label, SiteLink? Href, string Column)
{
    public bool IsEmpty => Count == 0;

    /// <summary>Set when some of the counted provisions were placed with a low score.</summary>
    public UncertainMark? Uncertain { get; init; }
}

public sealed record CompareLocalRow(string Title, string Description, IReadOnlyList<CompareCell> Cells, string TotalText);

/// <summary>A plan's provisions that match no measure of the outline.</summary>
public sealed record CompareLocalPlan(string AnchorId, string Short, SiteLink PlanHref, IReadOnlyList<CompareLocalProvision> Provisions);

public sealed record CompareLocalProvision(string Label, string NumberPath, SiteLink Href);
