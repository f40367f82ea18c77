namespace PlanAtlas.Import;

/// <summary>A line of the raw text with its 1-based line number in the source file.</summary>
public sealed record RawLine(int Number, string Text)
{
    public bool IsBlank => Text.Length == 0;
}
