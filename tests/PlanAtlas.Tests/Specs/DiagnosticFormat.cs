using PlanAtlas.Diagnostics;

namespace PlanAtlas.Tests.Specs;

/// <summary>Findings as spec files write them: <c>line:col severity CODE</c>, the message left out so specs stay short.</summary>
public static class DiagnosticFormat
{
    public static string Format(IEnumerable<Diagnostic> diagnostics, bool includeInfo = false) =>
        string.Join("\n", diagnostics
            .Where(d => includeInfo || d.Severity != Severity.Info)
            .Select(d => $"{d.Location.Line}:{d.Location.Column} {d.Severity.ToString().ToLowerInvariant()} {d.Code}"));
}
