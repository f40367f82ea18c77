using System.Text.RegularExpressions;

namespace PlanAtlas.Benchmarks;

/// <summary>One file of the output: its path relative to the output folder, with forward slashes, and its size.</summary>
public sealed record OutputFile(string Path, long Bytes);

/// <summary>
/// What a build left in its output folder, read from the disk only (no Plan Atlas type), so the survey stays true
/// whatever the pipeline's stages become: pages, files, bytes, the largest page, the largest sitemap and the search files.
/// </summary>
public sealed partial record OutputSurvey(
    int HtmlPages,
    int Files,
    long Bytes,
    OutputFile? LargestPage,
    OutputFile? LargestSitemap,
    int LargestSitemapUrls,
    SearchFiles Search)
{
    public static OutputSurvey Of(string output)
    {
        var files = Walk(output).ToList();
        var pages = files.Where(IsHtml).ToList();

        // A large site may split its sitemap (sitemap-1.xml … with a sitemap index); the limit that matters is the
        // number of URLs in one file (50,000 for search engines), so the fullest one is reported.
        var sitemaps = files
            .Where(f => !f.Path.Contains('/') && f.Path.StartsWith("sitemap", StringComparison.Ordinal) && f.Path.EndsWith(".xml", StringComparison.Ordinal))
            .Select(f => (File: f, Urls: UrlElement().Count(File.ReadAllText(Path.Combine(output, f.Path)))))
            .MaxBy(s => s.Urls);

        return new OutputSurvey(
            pages.Count,
            files.Count,
            files.Sum(f => f.Bytes),
            pages.MaxBy(f => f.Bytes),
            sitemaps.File,
            sitemaps.Urls,
            SearchFiles.From(files));
    }

    /// <summary>The HTML pages under a folder (Hugo's output is counted the same way).</summary>
    public static int CountHtml(string folder) => Walk(folder).Count(IsHtml);

    public static IEnumerable<OutputFile> Walk(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories)
            .Select(f => new OutputFile(Path.GetRelativePath(folder, f.FullName).Replace('\\', '/'), f.Length));

    private static bool IsHtml(OutputFile file) => file.Path.EndsWith(".html", StringComparison.Ordinal);

    [GeneratedRegex("<url>")]
    private static partial Regex UrlElement();
}

/// <summary>
/// The files under <c>assets/search/</c>: what a visitor's browser may have to fetch to search. Measured by their
/// place, not by the classes that write them, so the measure survives a change of search engine (lunr or shards).
/// </summary>
public sealed record SearchFiles(int Count, long Bytes, OutputFile? Largest)
{
    public const string Folder = "assets/search/";

    public static SearchFiles From(IEnumerable<OutputFile> output)
    {
        var files = output.Where(f => f.Path.StartsWith(Folder, StringComparison.Ordinal)).ToList();
        return new SearchFiles(files.Count, files.Sum(f => f.Bytes), files.MaxBy(f => f.Bytes));
    }
}
