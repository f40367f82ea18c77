namespace PlanAtlas.Tests.Infrastructure;

/// <summary>One message of the Nu Html Checker. Line and column are 1-based; 0 when the checker gives none.</summary>
public sealed record HtmlCheckMessage(
    string File, int Line, int Column, string Message, string Type, string? SubType = null, string? Extract = null)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Type}: {Message}";
}
