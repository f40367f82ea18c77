namespace PlanAtlas.Diagnostics;

/// <summary>Collects findings from every stage so that one run reports all of them, not just the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<Diagnostic> Items
    {
        get
        {
            lock (_gate)
            {
                return _items.OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                    .ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ToList();
            }
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Any(d => d.Severity == Severity.Error);
            }
        }
    }

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void Error(string code, SourceLocation at, string message) => Add(new(Severity.Error, code, at, message));

    public void Warning(string code, SourceLocation at, string message) => Add(new(Severity.Warning, code, at, message));

    public void Info(string code, SourceLocation at, string message) => Add(new(Severity.Info, code, at, message));
}
