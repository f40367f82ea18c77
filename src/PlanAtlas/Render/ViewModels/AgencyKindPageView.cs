using PlanAtlas.Render.Charts;
using PlanAtlas.Routing;

namespace PlanAtlas.Render.ViewModels;

/// <summary>A kind's page (/agencies/kinds/&lt;kind&gt;/): the same role in every jurisdiction, side by side.</summary>
public sealed record AgencyKindPageView
{
    /// <summary>The places whose agencies of this kind are on pages of their own (a large corpus).</summary>
    public IReadOnlyList<PlaceLinkView> Places { get; init; } = [];

    public bool HasPlaces => Places.Count > 0;

    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string GroupName { get; init; }
    public required string Intro { get; init; }
    public required string Caption { get; init; }
    public required IReadOnlyList<AgencyRowView> Rows { get; init; }

    /// <summary>How often the agencies lead and join each measure, as bars; null when no provision has a measure.</summary>
    public RoleBarChart? Chart { get; init; }

    public bool HasChart => Chart is not null;

    /// <summary>Topics × agencies, when the provisions have topics; else null and <see cref="Panels"/> are shown.</summary>
    public AgencyComparisonView? Comparison { get; init; }

    /// <summary>One column per agency with the measures it leads and joins, when there are no topics to align them by.</summary>
    public required IReadOnlyList<AgencyPanelView> Panels { get; init; }

    public bool HasComparison => Comparison is not null;
}

public sealed record AgencyComparisonView(string Caption, IReadOnlyList<AgencyLinkView> Columns, IReadOnlyList<AgencyComparisonRowView> Rows);

public sealed record AgencyComparisonRowView(string Label, IReadOnlyList<AgencyComparisonCellView> Cells);

/// <param name="Agency">The column's agency, which labels the cell when the table stacks on a phone.</param>
public sealed record AgencyComparisonCellView(string Agency, IReadOnlyList<AgencyMeasureView> Measures)
{
    public bool HasMeasures => Measures.Count > 0;
}

/// <summary>One agency of the kind, as a column of the side-by-side view.</summary>
public sealed record AgencyPanelView(string Id, string Name, SiteLink Href, string PlanShort, IReadOnlyList<AgencyRoleSectionView> Sections);
