using PlanAtlas.Routing;

namespace PlanAtlas.Render.ViewModels;

/// <summary>The agency index (/agencies/): the kinds to browse, and every agency in one table grouped by kind.</summary>
public sealed record AgencyIndexView
{
    public required string Heading { get; init; }

    public required string Intro { get; init; }

    /// <summary>The plans whose notes name agencies; plans without notes are not mentioned.</summary>
    public required IReadOnlyList<AgencyPlanLinkView> Plans { get; init; }

    public required int AgencyCount { get; init; }

    public required IReadOnlyList<AgencyKindGroupView> KindGroups { get; init; }

    public required IReadOnlyList<AgencyTableGroupView> TableGroups { get; init; }

    public required string Caption { get; init; }

    public required SiteLink DataHref { get; init; }

    public required SiteLink CsvHref { get; init; }

    public bool HasAgencies => AgencyCount > 0 || Places.Count > 0 || CountedPlans.Count > 0;

    /// <summary>The table has rows: the page lists some plans' agencies in full.</summary>
    public bool HasRows => AgencyCount > 0;

    /// <summary>The plans shown as a count of agencies with a link to a page of their own (a place split into pages).</summary>
    public IReadOnlyList<PlaceLinkView> CountedPlans { get; init; } = [];

    public bool HasCountedPlans => CountedPlans.Count > 0;

    /// <summary>The places whose agencies are on pages of their own (a large corpus).</summary>
    public IReadOnlyList<PlaceLinkView> Places { get; init; } = [];

    public bool HasPlaces => Places.Count > 0;
}

/// <summary>A family of kinds on the index (党委机构, 政府部门 …) and its kinds.</summary>
public sealed record AgencyKindGroupView(string Id, string Name, IReadOnlyList<AgencyKindLinkView> Kinds);

public sealed record AgencyKindLinkView(string Name, SiteLink Href, string CountText);

/// <summary>The rows of one kind in the index table, under a row-group header; the kind page link is null for unregistered names.</summary>
public sealed record AgencyTableGroupView(string Id, string Name, SiteLink? Href, IReadOnlyList<AgencyRowView> Rows);

/// <summary>One agency in one plan: how many measures it leads and joins there.</summary>
public sealed record AgencyRowView
{
    public required string Name { get; init; }
    public required SiteLink Href { get; init; }

    /// <summary>How the plan writes it, when that differs from the canonical name (县委办).</summary>
    public string? Written { get; init; }

    public required string KindName { get; init; }

    /// <summary>The kind's place in the registry, so that sorting by kind restores the registry order.</summary>
    public required int KindOrder { get; init; }

    public required string PlanShort { get; init; }
    public required SiteLink PlanHref { get; init; }
    public required int LeadCount { get; init; }
    public required int JoinCount { get; init; }
    public int Total => LeadCount + JoinCount;

    /// <summary>Everything the browser filter matches: names, written forms, kind and plan.</summary>
    public required string FilterText { get; init; }
}

public sealed record AgencyPlanLinkView(string Short, string Title, SiteLink Href);
