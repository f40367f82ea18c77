namespace PlanAtlas.Diagnostics;

/// <summary>A 1-based line and column in an input file; or, with line 0, a command-line option such as <c>--output</c>.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    /// <summary>A value given on the command line: messages name the option instead of a file position.</summary>
    public static SourceLocation Option(string name) => new(name, 0, 0);

    public override string ToString() => Line == 0 ? Path : $"{Path}:{Line}:{Column}";
}
