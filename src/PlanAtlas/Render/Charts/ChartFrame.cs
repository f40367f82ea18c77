using PlanAtlas.Routing;

namespace PlanAtlas.Render.Charts;

/// <summary>
/// What every chart's &lt;svg&gt; carries: its size in viewBox units (also its natural size in CSS pixels, so a small
/// chart is not blown up on a wide screen while a wide one shrinks to the screen) and its accessible name and
/// description (<c>role="img"</c>, named by its &lt;title&gt; with <c>aria-labelledby</c>, described by its &lt;desc&gt;
/// with <c>aria-describedby</c>: the name stays short, the description says how to read the chart).
/// </summary>
/// <param name="Kind">Names the partial that draws the chart's inside (chart-&lt;kind&gt;) and its CSS class.</param>
public sealed record ChartFrame(string Kind, string Id, string Title, string Description, int Width, int Height)
{
    /// <summary>The one stylesheet of the charts, linked only by the pages that show one.</summary>
    public static readonly SiteLink Stylesheet = Routes.Asset("css/charts.css");

    public string Class => "chart-" + Kind;

    /// <summary>The partial that draws what is inside the &lt;svg&gt; (the frame partial, chart, writes the rest).</summary>
    public string Body => "chart-" + Kind;

    public string TitleId => Id + "-title";

    public string DescriptionId => Id + "-desc";

    public string ViewBox => $"0 0 {Width} {Height}";

    /// <summary>
    /// The size drawn where there is room: a quarter larger than the viewBox, so that its 13-unit text reads like the
    /// page's body text; CSS shrinks it to the column on a narrow screen.
    /// </summary>
    public int DisplayWidth => Width * 5 / 4;

    public int DisplayHeight => Height * 5 / 4;
}

/// <summary>A text of a chart at a position (its anchor), shortened to fit, with the full text for its tooltip.</summary>
/// <param name="Class">A CSS class setting this text apart from the others of its group; empty for none.</param>
public sealed record ChartLabel(int X, int Y, string Text, string Full, string Class = "")
{
    public bool HasClass => Class.Length > 0;

    /// <summary>True when <see cref="Text"/> was shortened: the template adds a &lt;title&gt; with the full text.</summary>
    public bool IsShortened => Text != Full;
}

/// <summary>One swatch of a legend and its text.</summary>
public sealed record LegendSwatch(int X, int Y, int Size, string Class, ChartLabel Label);

/// <summary>Shortening the labels of a chart (measure titles, plan names) so that its columns stay narrow.</summary>
public static class ChartText
{
    public const string Ellipsis = "…";

    /// <summary>At most <paramref name="max"/> characters, the last an ellipsis when shortened (text elements, not UTF-16 units).</summary>
    public static string Shorten(string text, int max)
    {
        var elements = System.Globalization.StringInfo.ParseCombiningCharacters(text);
        return elements.Length <= max ? text : text[..elements[max - 1]] + Ellipsis;
    }

    /// <summary>
    /// The width of a text in viewBox units at a font size: CJK and full-width characters are one em wide, others
    /// about half (the chart fonts are the site's CJK sans-serif fonts).
    /// </summary>
    public static int Width(string text, int fontSize) =>
        (int)Math.Ceiling(text.Sum(c => c >= '\u2e80' || c is '…' ? 1.0 : 0.6) * fontSize);
}
