using System.Globalization;

namespace PlanAtlas.Render.Charts;

/// <summary>A column of the heat map: one plan (its cells count provisions) or a place whose plans it adds up.</summary>
/// <param name="Plans">0 for a plan; for a place, how many plans it holds (its cells count the plans that have the measure).</param>
public sealed record HeatMapColumn(string Name, string FullName, int Plans = 0)
{
    public bool IsPlace => Plans > 0;
}

/// <summary>A part of the outline and its measures, in order.</summary>
public sealed record HeatMapGroup(string Title, IReadOnlyList<HeatMapRow> Rows);

/// <summary>A measure and its value per column, in the columns' order.</summary>
public sealed record HeatMapRow(string Marker, string Title, IReadOnlyList<int> Values)
{
    public string Name => Marker + Title;
}

/// <summary>A cell: its square, its shade (<see cref="Class"/>, 0 = empty … 4) and its tooltip.</summary>
public sealed record HeatMapCell(int X, int Y, int Size, int Level, int Value, string Tooltip)
{
    public string Class => "heat-" + Level.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The heading of a part of the outline across the chart, and the rule above it.</summary>
public sealed record HeatMapGroupLabel(ChartLabel Label, int RuleY);

/// <summary>
/// The coverage matrix as a heat map: rows the outline's measures grouped by part, columns the plans (and places) a
/// comparison index shows, each cell shaded by how many provisions a plan has under the measure, or, for a place,
/// by the share of its plans that have it. Everything the SVG needs is placed here; the partial only writes it.
/// </summary>
public sealed record CoverageHeatMap
{
    public required ChartFrame Frame { get; init; }
    public required IReadOnlyList<ChartLabel> Columns { get; init; }
    public required IReadOnlyList<HeatMapGroupLabel> Groups { get; init; }
    public required IReadOnlyList<ChartLabel> Rows { get; init; }
    public required IReadOnlyList<HeatMapCell> Cells { get; init; }
    public required IReadOnlyList<ChartLabel> LegendTitles { get; init; }
    public required IReadOnlyList<LegendSwatch> Legend { get; init; }

    /// <summary>The darkest shade: a plan's count from which a cell is darkest, and the number of shades above empty.</summary>
    public const int Levels = 4;

    /// <summary>The class of a place's column heading (in bold), so that a place reads apart from a plan.</summary>
    public const string PlaceClass = "heat-place";

    public const int FontSize = 13;
    public const int Pitch = 26;
    public const int CellSize = 22;
    private const int Gap = 6;
    private const int RowNameLength = 14;
    private const int ColumnNameLength = 6;
    private const int LegendSwatchSize = 12;
    private const int LegendItemWidth = 60;
    private const int MinWidth = Levels * LegendItemWidth + LegendItemWidth;

    /// <summary>The shade of a plan's count: 0 empty, then one shade per provision up to <see cref="Levels"/> and more.</summary>
    public static int PlanLevel(int provisions) => Math.Clamp(provisions, 0, Levels);

    /// <summary>The shade of a place's share: 0 when none of its plans has the measure, else by quarters (≤¼ … &gt;¾).</summary>
    public static int PlaceLevel(int having, int plans) =>
        having <= 0 ? 0 : Math.Clamp((int)Math.Ceiling((double)having * Levels / plans), 1, Levels);

    public static CoverageHeatMap Of(string id, string title, string description, IReadOnlyList<HeatMapColumn> columns, IReadOnlyList<HeatMapGroup> groups)
    {
        var rowNames = groups.SelectMany(g => g.Rows).Select(r => ChartText.Shorten(r.Name, RowNameLength)).ToList();
        var left = rowNames.Select(n => ChartText.Width(n, FontSize)).DefaultIfEmpty(0).Max() + Gap + Gap;
        var columnNames = columns.Select(c => ChartText.Shorten(c.Name, ColumnNameLength)).ToList();
        var top = columnNames.Select(n => ChartText.Width(n, FontSize)).DefaultIfEmpty(0).Max() + Gap + Gap;
        var width = Math.Max(left + columns.Count * Pitch + Gap, MinWidth);

        var columnLabels = columns.Select((c, i) => new ChartLabel(left + i * Pitch + Pitch / 2, top - Gap, columnNames[i], c.FullName, c.IsPlace ? PlaceClass : string.Empty)).ToList();
        var groupLabels = new List<HeatMapGroupLabel>();
        var rowLabels = new List<ChartLabel>();
        var cells = new List<HeatMapCell>();
        var y = top;
        var partLength = Math.Max((width - Gap) / FontSize, 4);
        var rowIndex = 0;
        foreach (var group in groups)
        {
            groupLabels.Add(new HeatMapGroupLabel(new ChartLabel(0, y + Pitch - Gap, ChartText.Shorten(group.Title, partLength), group.Title), y + 1));
            y += Pitch;
            foreach (var row in group.Rows)
            {
                rowLabels.Add(new ChartLabel(left - Gap, y + Pitch - Gap - 1, rowNames[rowIndex++], row.Name));
                for (var i = 0; i < columns.Count; i++)
                {
                    var (column, value) = (columns[i], row.Values[i]);
                    cells.Add(new HeatMapCell(
                        left + i * Pitch + (Pitch - CellSize) / 2,
                        y + (Pitch - CellSize) / 2,
                        CellSize,
                        column.IsPlace ? PlaceLevel(value, column.Plans) : PlanLevel(value),
                        value,
                        Tooltip(column, row, value)));
                }

                y += Pitch;
            }
        }

        var (legendTitles, legend, bottom) = LegendOf(columns, y + Gap * 2);
        return new CoverageHeatMap
        {
            Frame = new ChartFrame("heatmap", id, title, description, width, bottom + Gap),
            Columns = columnLabels,
            Groups = groupLabels,
            Rows = rowLabels,
            Cells = cells,
            LegendTitles = legendTitles,
            Legend = legend,
        };
    }

    /// <summary>
    /// Short, because a national page has about a thousand cells and must stay small: the column's and the row's headings
    /// say the rest, and the table below gives every number in words.
    /// </summary>
    private static string Tooltip(HeatMapColumn column, HeatMapRow row, int value) => column.IsPlace
        ? $"{column.Name}{row.Marker}：{value}/{column.Plans} 部方案"
        : $"{column.Name}{row.Marker}：{(value == 0 ? "无" : $"{value} 条")}";

    /// <summary>One line of swatches per kind of column the chart has: plans (counts), places (shares).</summary>
    private static (List<ChartLabel> Titles, List<LegendSwatch> Swatches, int Bottom) LegendOf(IReadOnlyList<HeatMapColumn> columns, int y)
    {
        var titles = new List<ChartLabel>();
        var swatches = new List<LegendSwatch>();
        var scales = new List<(string Title, string[] Steps)>();
        if (columns.Any(c => !c.IsPlace))
        {
            scales.Add(("方案列：对应条目数", ["0", "1", "2", "3", $"{Levels}+"]));
        }

        if (columns.Any(c => c.IsPlace))
        {
            scales.Add(("地区列（名称加粗）：有对应条目的方案占比", ["0", "≤¼", "≤½", "≤¾", ">¾"]));
        }

        foreach (var (title, steps) in scales)
        {
            titles.Add(new ChartLabel(0, y + FontSize, title, title));
            y += FontSize + Gap;
            for (var level = 0; level < steps.Length; level++)
            {
                var x = level * LegendItemWidth;
                swatches.Add(new LegendSwatch(x, y, LegendSwatchSize, "heat-" + level.ToString(CultureInfo.InvariantCulture),
                    new ChartLabel(x + LegendSwatchSize + 4, y + LegendSwatchSize - 1, steps[level], steps[level])));
            }

            y += LegendSwatchSize + Gap * 2;
        }

        return (titles, swatches, y);
    }
}
