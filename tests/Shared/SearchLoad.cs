namespace PlanAtlas.Testing;

/// <summary>
/// What a search page loaded from file:// for its queries: the files under assets/search/ and the page's search
/// scripts (assets/js/search*.js), each counted once. The 300 kB budget of a first query is measured on these, by the
/// browser tests and by the benchmark's <c>search-browser</c>. Linked into every test project and the benchmarks.
/// </summary>
public static class SearchLoad
{
    /// <summary>The search files among <paramref name="requests"/> (URLs as the browser asked for them), each once.</summary>
    public static IReadOnlyList<FileInfo> Files(IEnumerable<string> requests) =>
        requests
            .Where(r => r.StartsWith("file://", StringComparison.Ordinal))
            .Select(r => new Uri(r).LocalPath)
            .Distinct(StringComparer.Ordinal)
            .Where(IsSearchFile)
            .Select(path => new FileInfo(path))
            .Where(file => file.Exists)
            .ToList();

    public static long Bytes(IEnumerable<string> requests) => Files(requests).Sum(file => file.Length);

    private static bool IsSearchFile(string path) =>
        path.Contains("/assets/search/", StringComparison.Ordinal) ||
        (System.IO.Path.GetFileName(path).StartsWith("search", StringComparison.Ordinal) && path.EndsWith(".js", StringComparison.Ordinal));
}
