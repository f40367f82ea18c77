using System.Globalization;

namespace PlanAtlas.Render.Charts;

/// <summary>A measure and how many times agencies lead (牵头) and join (参加) provisions under it.</summary>
public sealed record RoleBarRow(string Name, string FullName, int Lead, int Join);

/// <summary>One bar: its rectangle, its class (lead or join), its tooltip, and its number written after it.</summary>
public sealed record ChartBar(int X, int Y, int Width, int Height, string Class, string Tooltip, ChartLabel Value);

/// <summary>A gridline of the value axis and its number above the bars.</summary>
public sealed record ChartTick(int X, int Top, int Bottom, ChartLabel Label);

/// <summary>
/// A horizontal bar chart of the measures an agency kind leads and joins: per measure, a bar for 牵头 and one for
/// 参加 on one linear scale (gridlines at round numbers), measures in the outline's order, only those counted.
/// </summary>
public sealed record RoleBarChart
{
    public required ChartFrame Frame { get; init; }

    /// <summary>The measures, as counted (also the rows of the data table under the chart).</summary>
    public required IReadOnlyList<RoleBarRow> Data { get; init; }
    public required IReadOnlyList<ChartLabel> Rows { get; init; }
    public required IReadOnlyList<ChartBar> Bars { get; init; }
    public required IReadOnlyList<ChartTick> Ticks { get; init; }
    public required IReadOnlyList<LegendSwatch> Legend { get; init; }

    /// <summary>The scale's end: a multiple of the step at or above the largest count.</summary>
    public required int AxisMax { get; init; }

    public const string LeadClass = "bar-lead";
    public const string JoinClass = "bar-join";

    /// <summary>A zero's number, in the muted colour: it says "none" without drawing the eye like a count.</summary>
    public const string ZeroClass = "bar-zero";
    public const int FontSize = 13;
    public const int BarArea = 220;
    private const int RowHeight = 30;
    private const int BarHeight = 10;
    private const int Gap = 6;
    private const int NameLength = 14;
    private const int MaxTicks = 5;

    /// <summary>The gridline step: the smallest of 1, 2, 5, 10, 20, 50 … that needs at most <see cref="MaxTicks"/> steps.</summary>
    public static int Step(int max)
    {
        for (var magnitude = 1; ; magnitude *= 10)
        {
            foreach (var factor in new[] { 1, 2, 5 })
            {
                if (max <= factor * magnitude * MaxTicks)
                {
                    return factor * magnitude;
                }
            }
        }
    }

    public static RoleBarChart Of(string id, string title, string description, IReadOnlyList<RoleBarRow> rows)
    {
        var names = rows.Select(r => ChartText.Shorten(r.Name, NameLength)).ToList();
        var left = names.Select(n => ChartText.Width(n, FontSize)).DefaultIfEmpty(0).Max() + Gap * 2;
        var max = rows.Select(r => Math.Max(r.Lead, r.Join)).DefaultIfEmpty(0).Max();
        var step = Step(Math.Max(max, 1));
        var axisMax = (Math.Max(max, 1) + step - 1) / step * step;
        var top = FontSize + Gap;
        var bottom = top + rows.Count * RowHeight;
        var valueWidth = ChartText.Width(axisMax.ToString(CultureInfo.InvariantCulture), FontSize) + Gap;
        var width = left + BarArea + valueWidth + Gap;

        int Scale(int value) => (int)Math.Round((double)value * BarArea / axisMax);

        var labels = new List<ChartLabel>();
        var bars = new List<ChartBar>();
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, y) = (rows[i], top + i * RowHeight);
            labels.Add(new ChartLabel(left - Gap, y + RowHeight / 2 + FontSize / 2 - 1, names[i], row.FullName));
            bars.Add(Bar(row.Lead, "牵头", LeadClass, y + Gap - 1));
            bars.Add(Bar(row.Join, "参加", JoinClass, y + Gap - 1 + BarHeight + 2));

            ChartBar Bar(int value, string role, string css, int barY)
            {
                var text = value.ToString(CultureInfo.InvariantCulture);
                var w = Scale(value);
                return new ChartBar(left, barY, w, BarHeight, css, $"{row.FullName}：{role} {text} 次",
                    new ChartLabel(left + w + 4, barY + BarHeight - 1, text, text, value == 0 ? ZeroClass : string.Empty));
            }
        }

        var ticks = Enumerable.Range(0, axisMax / step + 1).Select(k =>
        {
            var text = (k * step).ToString(CultureInfo.InvariantCulture);
            var x = left + Scale(k * step);
            return new ChartTick(x, top - 2, bottom, new ChartLabel(x, FontSize, text, text));
        }).ToList();

        var legendY = bottom + Gap * 2;
        var legend = new[] { ("牵头", LeadClass), ("参加", JoinClass) }.Select((l, i) =>
        {
            var x = left + i * 64;
            return new LegendSwatch(x, legendY, FontSize, l.Item2, new ChartLabel(x + FontSize + 4, legendY + FontSize - 1, l.Item1, l.Item1));
        }).ToList();

        return new RoleBarChart
        {
            Frame = new ChartFrame("bars", id, title, description, width, legendY + FontSize + Gap * 2),
            Data = rows,
            Rows = labels,
            Bars = bars,
            Ticks = ticks,
            Legend = legend,
            AxisMax = axisMax,
        };
    }
}
