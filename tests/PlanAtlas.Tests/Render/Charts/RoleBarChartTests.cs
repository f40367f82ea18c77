using PlanAtlas.Render.Charts;

namespace PlanAtlas.Tests.Rendering.Charts;

/// <summary>The lead/join bar chart's model: its scale, its bars and its labels, on hand-made counts.</summary>
public sealed class RoleBarChartTests
{
    private static readonly RoleBarRow[] Rows =
    [
        new("（四）维护宪法权威", "（四）维护宪法权威", 7, 0),
        new("（十五）为群众提供便捷高效的公共法律服务", "（十五）为群众提供便捷高效的公共法律服务", 3, 2),
    ];

    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(10, 2)]
    [InlineData(11, 5)]
    [InlineData(26, 10)]
    [InlineData(101, 50)]
    public void The_gridline_step_is_a_round_number_giving_at_most_five_steps(int max, int step)
    {
        Assert.Equal(step, RoleBarChart.Step(max));
        Assert.InRange((max + step - 1) / step, 1, 5);
    }

    [Fact]
    public void Each_measure_has_a_lead_bar_and_a_join_bar_on_one_linear_scale()
    {
        var chart = RoleBarChart.Of("bars", "图", "说明", Rows);

        Assert.Equal(8, chart.AxisMax);
        Assert.Equal(4, chart.Bars.Count);
        Assert.Equal([RoleBarChart.LeadClass, RoleBarChart.JoinClass, RoleBarChart.LeadClass, RoleBarChart.JoinClass], chart.Bars.Select(b => b.Class));
        Assert.Equal(["7", "0", "3", "2"], chart.Bars.Select(b => b.Value.Text));
        Assert.Equal(["", RoleBarChart.ZeroClass, "", ""], chart.Bars.Select(b => b.Value.Class));
        var unit = (double)RoleBarChart.BarArea / chart.AxisMax;
        Assert.All(chart.Bars.Zip(new[] { 7, 0, 3, 2 }), x => Assert.Equal((int)Math.Round(x.Second * unit), x.First.Width));
        Assert.Single(chart.Bars.Select(b => b.X).Distinct());
        Assert.All(chart.Bars, b => Assert.True(b.Value.X > b.X + b.Width && b.Value.X < chart.Frame.Width));
        Assert.Equal("（四）维护宪法权威：牵头 7 次", chart.Bars[0].Tooltip);
    }

    [Fact]
    public void Gridlines_mark_the_steps_from_zero_to_the_end_of_the_scale()
    {
        var chart = RoleBarChart.Of("bars", "图", "说明", Rows);

        Assert.Equal(["0", "2", "4", "6", "8"], chart.Ticks.Select(t => t.Label.Text));
        Assert.Equal(chart.Bars[0].X, chart.Ticks[0].X);
        Assert.Equal(chart.Bars[0].X + RoleBarChart.BarArea, chart.Ticks[^1].X);
        Assert.All(chart.Ticks, t => Assert.True(t.Bottom >= chart.Bars.Max(b => b.Y + b.Height)));
    }

    [Fact]
    public void Rows_keep_the_counts_and_shorten_long_names()
    {
        var chart = RoleBarChart.Of("bars", "图", "说明", Rows);

        Assert.Equal(Rows, chart.Data);
        Assert.Equal("（十五）为群众提供便捷高效…", chart.Rows[1].Text);
        Assert.Equal(Rows[1].FullName, chart.Rows[1].Full);
        Assert.All(chart.Rows, r => Assert.True(r.X < chart.Bars[0].X));
        Assert.True(chart.Legend.All(s => s.Y > chart.Bars.Max(b => b.Y) && s.Y + s.Size <= chart.Frame.Height));
    }
}
