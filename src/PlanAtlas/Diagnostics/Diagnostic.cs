namespace PlanAtlas.Diagnostics;

/// <summary>One finding about the input, printed as <c>path:line:col: error CODE: message</c>.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, string Message)
{
    public override string ToString()
    {
        var kind = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        return $"{Location}: {kind} {Code}: {Message}";
    }
}
