using PlanAtlas.Diagnostics;

namespace PlanAtlas.Load;

/// <summary>
/// One paragraph of a plan's Markdown body, its source lines joined, with enough bookkeeping to
/// turn an offset in the text back into a line and column of the file.
/// </summary>
public sealed record SourceParagraph(string Text, IReadOnlyList<SourceParagraph.LineStart> Lines)
{
    public readonly record struct LineStart(int Offset, SourceLocation At);

    public SourceLocation Location => Lines[0].At;

    public SourceLocation LocationOf(int offset)
    {
        var line = Lines[0];
        foreach (var candidate in Lines)
        {
            if (candidate.Offset > offset)
            {
                break;
            }

            line = candidate;
        }

        return line.At with { Column = line.At.Column + (offset - line.Offset) };
    }

    /// <summary>A new paragraph for the text after <paramref name="offset"/>, keeping locations right.</summary>
    public SourceParagraph Slice(int offset)
    {
        var at = LocationOf(offset);
        var rest = Lines.Where(l => l.Offset > offset).Select(l => l with { Offset = l.Offset - offset });
        return new SourceParagraph(Text[offset..], [new LineStart(0, at), .. rest]);
    }

    public static SourceParagraph FromLines(string path, int firstLine, IReadOnlyList<string> rawLines)
    {
        var text = new System.Text.StringBuilder();
        var starts = new List<LineStart>();
        for (var i = 0; i < rawLines.Count; i++)
        {
            var raw = rawLines[i];
            var indent = raw.Length - raw.TrimStart().Length;
            var trimmed = raw.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            var needsSpace = text.Length > 0 && !PlanAtlas.Text.CjkText.IsCjk(text[^1]) && !PlanAtlas.Text.CjkText.IsCjk(trimmed[0]);
            if (needsSpace)
            {
                text.Append(' ');
            }

            starts.Add(new LineStart(text.Length, new SourceLocation(path, firstLine + i, indent + 1)));
            text.Append(trimmed);
        }

        return new SourceParagraph(text.ToString(), starts);
    }
}
