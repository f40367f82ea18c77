using System.Text.RegularExpressions;

namespace PlanAtlas.Tests.Infrastructure;

/// <summary>Scrubbers for values that change from run to run without the code changing.</summary>
public static class BuiltInScrubbers
{
    /// <summary>ISO 8601 timestamps with a time part (2025-11-21T16:36:05Z, 2025-11-21 16:36).</summary>
    public static Scrubber IsoDateTime { get; } = new(
        "DateTime",
        @"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\b");

    /// <summary>
    /// Bare ISO dates (2021-12-14). Not in <see cref="ScrubberRegistry.CreateDefault"/>: in this
    /// project a bare date is usually content (a plan's <c>issued</c> date) that a snapshot must check.
    /// Add it where a page shows a build date.
    /// </summary>
    public static Scrubber IsoDate { get; } = new("Date", @"\b\d{4}-\d{2}-\d{2}\b");

    public static Scrubber Guid { get; } = new(
        "Guid",
        @"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b");

    /// <summary>Cache-busting content hashes: <c>app.css?v=3f9a1c2b</c> (also after <c>&amp;amp;</c>).</summary>
    public static Scrubber CacheBustingHash { get; } = new("Hash", @"(?<=[?&;]v=)[0-9a-fA-F]{8,}\b");

    /// <summary>
    /// The temp folder plus the first folder under it, which is the unique working folder a test
    /// creates (<c>/tmp/planatlas-x1y2/out/a.html</c> becomes <c>{TempPath}/out/a.html</c>).
    /// </summary>
    public static Scrubber TempPath { get; } = CreateTempPath(Path.GetTempPath());

    internal static Scrubber CreateTempPath(string tempRoot)
    {
        var root = tempRoot.TrimEnd('/', '\\');
        var pattern = Regex.Escape(root) + @"[/\\][^/\\\s""'<>]+";
        return new Scrubber("TempPath", pattern, numbered: false);
    }
}
