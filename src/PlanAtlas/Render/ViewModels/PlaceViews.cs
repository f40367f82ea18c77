using PlanAtlas.Routing;

namespace PlanAtlas.Render.ViewModels;

/// <summary>
/// Where a plan sits among China's places (GB/T 2260), outermost first: 四川省 › 达州市 › 渠县. A place above whose
/// plan the corpus has links to it; one it lacks says so.
/// </summary>
/// <param name="Missing">四川省、达州市的实施方案未收录; null when every place above has its plan here.</param>
public sealed record PlaceChainView(IReadOnlyList<PlaceStep> Steps, string? Missing);

/// <param name="Href">The place's plan; null for the plan's own place, or a place whose plan is not in the corpus.</param>
public sealed record PlaceStep(string Name, string Code, SiteLink? Href, bool IsSelf, bool IsMissing);

/// <summary>
/// A place on the home page: its own plans (or that its plan is not in the corpus) and the places under it that
/// have plans, province → prefecture → county.
/// </summary>
public sealed record PlaceNodeView(string Name, string Code, int HeadingLevel, IReadOnlyList<PlanSummary> Plans, string? Missing, IReadOnlyList<PlaceNodeView> Children)
{
    public bool HasPlans => Plans.Count > 0;

    public string DomId => "place-" + (Code.Length > 0 ? Code : "unplaced");

    /// <summary>The place's own page, when its plans are listed there rather than here.</summary>
    public SiteLink? Href { get; init; }

    /// <summary>"18 部方案", beside <see cref="Href"/>.</summary>
    public string? CountText { get; init; }
}

/// <summary>The page of a place (/places/&lt;code&gt;/): its plans and those of the places under it.</summary>
public sealed record PlacePageView(string Name, int PlanCount, IReadOnlyList<PlaceNodeView> Places);

/// <summary>
/// A place whose plans are on a page of their own (<c>PlacePaging</c>): "四川省", "18 部方案中 12 部有本项措施", linked
/// when its page exists.
/// </summary>
public sealed record PlaceLinkView(string Name, string CountText, SiteLink? Href);
