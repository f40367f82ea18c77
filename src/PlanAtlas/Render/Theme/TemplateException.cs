using PlanAtlas.Diagnostics;
using Scriban.Parsing;

namespace PlanAtlas.Render.Theme;

/// <summary>An error in a theme template, at the line and column of the file actually used (the input's override, if any).</summary>
public sealed class TemplateException(SourceLocation location, string reason, Exception? inner = null)
    : Exception($"{location}: {reason}", inner)
{
    public SourceLocation Location { get; } = location;

    public string Reason { get; } = reason;

    /// <summary>Scriban's spans count lines and columns from 0; diagnostics count from 1.</summary>
    public static TemplateException At(SourceSpan span, string reason, Exception? inner = null) =>
        new(new SourceLocation(span.FileName, span.Start.Line + 1, span.Start.Column + 1), reason, inner);

    /// <summary>
    /// The template errors an exception carries, however many threads found them (pages render in parallel, so they
    /// arrive wrapped in an <see cref="AggregateException"/>), each once, in file order; null when it carries anything
    /// else, which is a bug to let through rather than a template to report.
    /// </summary>
    public static IReadOnlyList<TemplateException>? AllIn(Exception exception)
    {
        var inner = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [exception];
        if (!inner.All(e => e is TemplateException))
        {
            return null;
        }

        return inner.Cast<TemplateException>()
            .DistinctBy(e => (e.Location, e.Reason))
            .OrderBy(e => e.Location.Path, StringComparer.Ordinal).ThenBy(e => e.Location.Line).ThenBy(e => e.Location.Column)
            .ToList();
    }
}
