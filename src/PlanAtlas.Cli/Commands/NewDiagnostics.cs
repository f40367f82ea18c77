using PlanAtlas.Diagnostics;

namespace PlanAtlas.Cli.Commands;

/// <summary>
/// What preview prints after a rebuild: every error, and the warnings the last build did not have. A national corpus
/// has thousands of warnings (about 950 at 300 plans); printed again after every save they would bury the one the edit
/// caused, and printing them takes the processor while the browser reloads the page.
/// </summary>
internal sealed class NewDiagnostics
{
    private HashSet<Diagnostic> _last = [];

    /// <summary>This build's findings to print, in their order, and how many warnings are left out as printed before.</summary>
    public (IReadOnlyList<Diagnostic> Shown, int Repeated) Of(IReadOnlyList<Diagnostic> diagnostics)
    {
        var findings = diagnostics.Where(d => d.Severity != Severity.Info).ToList();
        var shown = findings.Where(d => d.Severity == Severity.Error || !_last.Contains(d)).ToList();
        _last = findings.ToHashSet();
        return (shown, findings.Count - shown.Count);
    }
}
