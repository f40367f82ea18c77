namespace PlanAtlas.Import;

/// <summary>
/// A line of the raw text with its 1-based line number in the source file, and the column it starts at
/// when a rule cut it out of a longer line (so that warnings still point into the source).
/// </summary>
public sealed record RawLine(int Number, string Text, int Column = 1)
{
    public bool IsBlank => Text.Length == 0;
}
