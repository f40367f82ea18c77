namespace PlanAtlas.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}
