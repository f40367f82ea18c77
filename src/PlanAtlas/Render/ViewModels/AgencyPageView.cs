using PlanAtlas.Routing;

namespace PlanAtlas.Render.ViewModels;

/// <summary>An agency's page (/agencies/&lt;slug&gt;/): the measures it leads and those it joins.</summary>
public sealed record AgencyPageView
{
    public required string Name { get; init; }
    public required string Slug { get; init; }
    public required string KindName { get; init; }

    /// <summary>The kind's page; null for a name the registry does not know.</summary>
    public SiteLink? KindHref { get; init; }

    public required bool IsRegistered { get; init; }
    public required string JurisdictionName { get; init; }
    public required IReadOnlyList<AgencyPlanLinkView> Plans { get; init; }

    /// <summary>The ways the notes write it: 县委办、县委办公室.</summary>
    public required string WrittenText { get; init; }

    public required int LeadCount { get; init; }
    public required int JoinCount { get; init; }

    /// <summary>How the measures are grouped, in words (按纲要措施, 按方案的部分).</summary>
    public required string GroupingText { get; init; }

    /// <summary>Only the roles it has: an agency that joins nothing has no 参加 section.</summary>
    public required IReadOnlyList<AgencyRoleSectionView> Sections { get; init; }
}

/// <summary>The measures an agency leads (or joins), grouped by topic or part.</summary>
public sealed record AgencyRoleSectionView
{
    public required string Id { get; init; }
    public required string Heading { get; init; }
    public required int Count { get; init; }
    public required IReadOnlyList<AgencyMeasureGroupView> Groups { get; init; }

    /// <summary>The same measures without groups, in document order.</summary>
    public required IReadOnlyList<AgencyMeasureView> Measures { get; init; }
}

public sealed record AgencyMeasureGroupView(string Id, string Label, IReadOnlyList<AgencyMeasureView> Measures);

/// <summary>A provision as an agency page lists it: its number path and title, linked, and the other agencies concerned.</summary>
public sealed record AgencyMeasureView
{
    public required string NumberPath { get; init; }
    public required string Title { get; init; }

    /// <summary>Root path of the provision's page.</summary>
    public required SiteLink Href { get; init; }

    /// <summary>The plan's short name, shown where measures of several plans are listed together; else null.</summary>
    public string? PlanShort { get; init; }

    /// <summary>牵头 or 参加, shown where both roles are listed together; else null.</summary>
    public string? RoleText { get; init; }

    /// <summary>共同牵头 (the other leaders of a measure it leads) or 牵头单位 (the leaders of a measure it joins).</summary>
    public required string CoLabel { get; init; }

    public required IReadOnlyList<AgencyLinkView> CoAgencies { get; init; }
    public bool HasCoAgencies => CoAgencies.Count > 0;
}

/// <param name="Short">The short forms shown beside the name (<see cref="Views.AgencyViews.ShortName(string, IEnumerable{string})"/>).</param>
public sealed record AgencyLinkView(string Name, SiteLink Href, string? Short = null);
