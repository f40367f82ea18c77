using PlanAtlas.Diagnostics;

namespace PlanAtlas.Pipeline;

/// <summary>
/// A result kept from an earlier build together with the findings its computation reported, so that reusing it
/// reports them again: a warning must not disappear because the plan it is about was not processed anew.
/// </summary>
public sealed class Reported<T>
{
    private readonly IReadOnlyList<Diagnostic> _findings;

    private Reported(T value, IReadOnlyList<Diagnostic> findings)
    {
        Value = value;
        _findings = findings;
    }

    public T Value { get; }

    /// <summary>Runs <paramref name="work"/> with a bag of its own, keeping what it reported.</summary>
    public static Reported<T> Run(Func<DiagnosticBag, T> work)
    {
        var findings = new DiagnosticBag();
        var value = work(findings);
        return new Reported<T>(value, findings.Items);
    }

    /// <summary>The value, its findings added to this build's <paramref name="diagnostics"/>.</summary>
    public T ReportTo(DiagnosticBag diagnostics)
    {
        foreach (var finding in _findings)
        {
            diagnostics.Add(finding);
        }

        return Value;
    }
}
