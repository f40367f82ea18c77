using PlanAtlas.Render.Charts;

namespace PlanAtlas.Tests.Rendering.Charts;

/// <summary>The heat map's model: its shades, its placements, its labels and its legend, on hand-made numbers.</summary>
public sealed class CoverageHeatMapTests
{
    private static readonly HeatMapColumn[] Columns =
    [
        new("乙省", "乙省"),
        new("凉山彝族自治州", "凉山彝族自治州"),
        new("四川省", "四川省（8 部方案）", Plans: 8),
    ];

    private static readonly HeatMapGroup[] Groups =
    [
        new("二、推动全社会增强法治观念", [new("（四）", "维护宪法权威", [0, 1, 8]), new("（五）", "增强全民法治观念", [2, 7, 1])]),
        new("七、加强组织保障", [new("（十九）", "发挥人民团体和社会组织在法治社会建设中的作用", [3, 0, 0])]),
    ];

    private static CoverageHeatMap Map() => CoverageHeatMap.Of("map", "热图", "说明", Columns, Groups);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    [InlineData(4, 4)]
    [InlineData(9, 4)]
    public void A_plans_shade_is_its_count_up_to_the_darkest(int provisions, int level) =>
        Assert.Equal(level, CoverageHeatMap.PlanLevel(provisions));

    [Theory]
    [InlineData(0, 8, 0)]
    [InlineData(1, 8, 1)]
    [InlineData(2, 8, 1)]
    [InlineData(3, 8, 2)]
    [InlineData(6, 8, 3)]
    [InlineData(7, 8, 4)]
    [InlineData(8, 8, 4)]
    public void A_places_shade_is_the_quarter_its_share_falls_in(int having, int plans, int level) =>
        Assert.Equal(level, CoverageHeatMap.PlaceLevel(having, plans));

    [Fact]
    public void There_is_one_cell_per_measure_and_column_with_its_value_shade_and_tooltip()
    {
        var map = Map();

        Assert.Equal(3 * 3, map.Cells.Count);
        Assert.Equal(Groups.SelectMany(g => g.Rows).SelectMany(r => r.Values), map.Cells.Select(c => c.Value));
        Assert.Equal([0, 1, 4, 2, 4, 1, 3, 0, 0], map.Cells.Select(c => c.Level));
        Assert.Equal("heat-4", map.Cells[2].Class);
        Assert.Equal("乙省（四）：无", map.Cells[0].Tooltip);
        Assert.Equal("凉山彝族自治州（五）：7 条", map.Cells[4].Tooltip);
        Assert.Equal("四川省（四）：8/8 部方案", map.Cells[2].Tooltip);
    }

    [Fact]
    public void Cells_sit_in_their_rows_and_columns_inside_the_frame_without_overlapping()
    {
        var map = Map();

        for (var row = 0; row < 3; row++)
        {
            var cells = map.Cells.Skip(row * 3).Take(3).ToList();
            Assert.Single(cells.Select(c => c.Y).Distinct());
            Assert.All(cells.Zip(map.Columns), x => Assert.Equal(x.Second.X, x.First.X + x.First.Size / 2));
            Assert.True(cells.Zip(cells.Skip(1)).All(p => p.Second.X >= p.First.X + p.First.Size));
        }

        Assert.True(map.Cells.Select(c => c.Y).Distinct().Zip(map.Cells.Select(c => c.Y).Distinct().Skip(1)).All(p => p.Second > p.First));
        Assert.All(map.Cells, c => Assert.True(c.X > map.Rows[0].X && c.X + c.Size <= map.Frame.Width && c.Y + c.Size <= map.Frame.Height));
        Assert.All(map.Legend, s => Assert.True(s.Y > map.Cells.Max(c => c.Y) && s.Y + s.Size <= map.Frame.Height));

        // A part's heading sits above its first measure's cells, the second part's below the first part's
        Assert.True(map.Groups[0].Label.Y < map.Cells[0].Y && map.Groups[1].RuleY > map.Cells[5].Y);
    }

    [Fact]
    public void Long_names_are_shortened_with_the_full_name_kept_for_the_tooltip()
    {
        var map = Map();

        Assert.Equal("凉山彝族自…", map.Columns[1].Text);
        Assert.Equal("凉山彝族自治州", map.Columns[1].Full);
        Assert.True(map.Columns[1].IsShortened);
        Assert.False(map.Columns[0].IsShortened);
        Assert.Equal(["", "", CoverageHeatMap.PlaceClass], map.Columns.Select(c => c.Class));
        Assert.Equal("（十九）发挥人民团体和社会…", map.Rows[2].Text);
        Assert.Equal(Groups[1].Rows[0].Name, map.Rows[2].Full);
    }

    [Fact]
    public void The_legend_explains_each_kind_of_column_the_map_has()
    {
        var both = Map();
        Assert.Equal(["方案列：对应条目数", "地区列（名称加粗）：有对应条目的方案占比"], both.LegendTitles.Select(t => t.Text));
        Assert.Equal(10, both.Legend.Count);
        Assert.Equal(["heat-0", "heat-1", "heat-2", "heat-3", "heat-4"], both.Legend.Take(5).Select(s => s.Class));

        var plansOnly = CoverageHeatMap.Of("map", "热图", "说明", Columns[..1], [new("一", [new("（一）", "（一）", [1])])]);
        Assert.Equal(["方案列：对应条目数"], plansOnly.LegendTitles.Select(t => t.Text));
        Assert.Equal(5, plansOnly.Legend.Count);
        Assert.True(plansOnly.Legend.Max(s => s.Label.X) < plansOnly.Frame.Width, "the legend fits in a one-column map");
    }

    [Fact]
    public void The_frame_names_its_title_and_description()
    {
        var frame = Map().Frame;

        Assert.Equal(("map-title", "map-desc"), (frame.TitleId, frame.DescriptionId));
        Assert.Equal($"0 0 {frame.Width} {frame.Height}", frame.ViewBox);
        Assert.Equal("chart-heatmap", frame.Body);
    }
}
