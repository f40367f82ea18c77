namespace PlanAtlas.BrowserTests.Infrastructure;

/// <summary>One axe-core rule that failed; Impact is minor, moderate, serious or critical.</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, string HelpUrl, IReadOnlyList<string> Targets)
{
    public bool IsSeriousOrCritical => Impact is "serious" or "critical";

    public override string ToString() => $"[{Impact}] {Id}: {Help} at {string.Join(", ", Targets)} ({HelpUrl})";
}
