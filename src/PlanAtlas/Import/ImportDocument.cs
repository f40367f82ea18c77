using PlanAtlas.Diagnostics;

namespace PlanAtlas.Import;

/// <summary>The text being cleaned: its lines, what has been learnt about it, and where to report.</summary>
public sealed class ImportDocument(string path, IReadOnlyList<RawLine> lines, DiagnosticBag diagnostics)
{
    public string Path { get; } = path;

    public List<RawLine> Lines { get; set; } = [.. lines];

    public DetectedMetadata Metadata { get; } = new();

    public ImportStatistics Statistics { get; } = new();

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Set when the text carries a document-sharing site's chrome, whose copies are cut into numbered page chunks.</summary>
    public bool FromSharingSite { get; set; }

    /// <summary>Where a column of a line stands in the source file.</summary>
    public SourceLocation At(RawLine line, int column = 1)
    {
        var (number, at) = line.Locate(column - 1);
        return new(Path, number, at);
    }

    /// <summary>Paragraphs of the body once the rules have run: consecutive non-blank lines are one paragraph.</summary>
    public IReadOnlyList<RawLine> Paragraphs => Lines.Where(l => !l.IsBlank).ToList();

    /// <summary>Drops a line (it becomes blank, so that it still ends the paragraph above), counting what it was.</summary>
    public RawLine Drop(RawLine line, string what)
    {
        Statistics.Drop(what);
        return line with { Text = string.Empty };
    }
}
