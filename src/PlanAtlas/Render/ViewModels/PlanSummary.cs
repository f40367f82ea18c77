using PlanAtlas.Routing;

namespace PlanAtlas.Render.ViewModels;

/// <summary>A plan as lists and headers show it: title, issuer, dates, status and period in Chinese.</summary>
public sealed record PlanSummary
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Short { get; init; }
    public required SiteLink Href { get; init; }
    public required SiteLink DataHref { get; init; }
    public required string LevelName { get; init; }
    public string? Issuer { get; init; }
    public string? Issued { get; init; }
    public string? Published { get; init; }
    public string? Source { get; init; }
    public required bool IsDraft { get; init; }
    public required string StatusText { get; init; }
    public string? PeriodText { get; init; }
    public required bool PeriodEnded { get; init; }
    public required string PeriodState { get; init; }
    public required int ProvisionCount { get; init; }
    public required bool HasNotes { get; init; }
    public required string NotesText { get; init; }
}
