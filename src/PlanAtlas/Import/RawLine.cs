namespace PlanAtlas.Import;

/// <summary>
/// A line of the raw text with its 1-based line number in the source file, and the column it starts at
/// when a rule cut it out of a longer line. A line that rules put together from several source lines keeps
/// where each part came from (<see cref="Origins"/>), so that warnings still point into the source.
/// </summary>
public sealed record RawLine(int Number, string Text, int Column = 1)
{
    public bool IsBlank => Text.Length == 0;

    /// <summary>Where the parts of a joined line start: offset in <see cref="Text"/>, source line and column.</summary>
    public IReadOnlyList<LineOrigin>? Origins { get; init; }

    /// <summary>The source line and column of a 0-based offset into the line as it was put together.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        var origin = Origins?.LastOrDefault(o => o.Offset <= offset) ?? new LineOrigin(0, Number, Column);
        return (origin.Number, origin.Column + offset - origin.Offset);
    }

    /// <summary>The part of this line that starts at <paramref name="offset"/>, located where it came from.</summary>
    public RawLine From(int offset, string text)
    {
        var (number, column) = Locate(offset);
        var later = Origins?.Where(o => o.Offset > offset).Select(o => o with { Offset = o.Offset - offset }).ToList();
        return new RawLine(number, text, column) { Origins = later is { Count: > 0 } ? [new LineOrigin(0, number, column), .. later] : null };
    }

    /// <summary>This line with another source line's text appended, each part keeping its origin.</summary>
    public RawLine Append(RawLine next) => this with
    {
        Text = Text + next.Text,
        Origins = [.. Origins ?? [new LineOrigin(0, Number, Column)], .. (next.Origins ?? [new LineOrigin(0, next.Number, next.Column)]).Select(o => o with { Offset = o.Offset + Text.Length })],
    };
}

/// <summary>Where a part of a joined line starts in the source.</summary>
public sealed record LineOrigin(int Offset, int Number, int Column);
