using PlanAtlas.Model.Jurisdictions;

namespace PlanAtlas.Model;

/// <summary>What a plan's front matter says about it.</summary>
public sealed record PlanMetadata
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Short { get; init; }

    /// <summary>
    /// The short name as pages, lists and search results show it: a draft says so wherever it is named
    /// (渠县（征求意见稿）), so that nobody reads or cites it as the adopted plan.
    /// </summary>
    public string Label => Status == PlanStatus.Draft ? $"{Short}（征求意见稿）" : Short;

    public bool IsDraft => Status == PlanStatus.Draft;
    public required PlanLevel Level { get; init; }
    public string? Issuer { get; init; }
    public DateOnly? Issued { get; init; }
    public DateOnly? Published { get; init; }
    public PlanStatus Status { get; init; } = PlanStatus.Final;
    public string? Source { get; init; }

    /// <summary>The GB/T 2260 code of the place; null when the front matter does not name it yet.</summary>
    public JurisdictionReference? Jurisdiction { get; init; }
    public ResponsibilityConvention? Responsibility { get; init; }

    /// <summary>Old provision id → current id, so that links to renumbered provisions keep working.</summary>
    public IReadOnlyDictionary<string, string> Aliases { get; init; } = new Dictionary<string, string>();

    /// <summary>Old id → where it and its current id are written in the front matter, for errors about the alias.</summary>
    public IReadOnlyDictionary<string, (Diagnostics.SourceLocation OldAt, Diagnostics.SourceLocation CurrentAt)> AliasesAt { get; init; } =
        new Dictionary<string, (Diagnostics.SourceLocation, Diagnostics.SourceLocation)>();

    /// <summary>Provision id → topic id, for the rare provision that alignment cannot place.</summary>
    public IReadOnlyDictionary<string, TopicOverride> TopicOverrides { get; init; } = new Dictionary<string, TopicOverride>();

    /// <summary>The implementation period, read from the title's "（2021—2025年）".</summary>
    public (int From, int To)? Period { get; init; }
}
