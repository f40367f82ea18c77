using PlanAtlas.Routing;

namespace PlanAtlas.Render.ViewModels;

public sealed record PlanPageView
{
    public required PlanSummary Plan { get; init; }

    public required CitationView Citations { get; init; }

    /// <summary>四川省 › 达州市 › 渠县; null for a plan that names no place.</summary>
    public PlaceChainView? Places { get; init; }
    public required PrintSourceView Print { get; init; }
    public required IReadOnlyList<string> Preamble { get; init; }
    public required IReadOnlyList<TocItem> Toc { get; init; }
    public required IReadOnlyList<DivisionView> Divisions { get; init; }

    /// <summary>Old id → current id, for the script that follows a renumbered provision's old anchor.</summary>
    public required string AliasesJson { get; init; }
}

/// <summary>A numbered node on the plan page: a group heading with its children, or a provision.</summary>
public sealed record DivisionView
{
    public required string Id { get; init; }
    public required string Marker { get; init; }
    public required string Title { get; init; }
    public required int HeadingLevel { get; init; }
    public required IReadOnlyList<string> Paragraphs { get; init; }
    public ProvisionView? Provision { get; init; }
    public required IReadOnlyList<DivisionView> Children { get; init; }
    public bool IsProvision => Provision is not null;

    /// <summary>The heading's own link, so a section can be linked as easily as a provision.</summary>
    public SiteLink SelfHref => SiteLink.Fragment(Id);
}

public sealed record TocItem(string Label, SiteLink Href, IReadOnlyList<TocItem> Children)
{
    public bool HasChildren => Children.Count > 0;
}
