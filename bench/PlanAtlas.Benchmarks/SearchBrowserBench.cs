using System.Diagnostics;
using PlanAtlas.Testing;

namespace PlanAtlas.Benchmarks;

/// <summary>
/// <c>-- search-browser OUTPUT [query …]</c>: each query's first page of results in Chromium, from file:// (as a
/// trainer's USB copy opens it), each in a fresh browser context so nothing is cached: the time from asking for the
/// search page to the results shown, and the search files the page loaded (<see cref="SearchLoad"/>). Run it on the
/// output of <c>scale 3000 --keep</c> for the national-scale numbers; <c>bench/search-bytes.js</c> gives the same
/// bytes from node.
/// </summary>
public static class SearchBrowserBench
{
    private static readonly string[] Queries = ["法律援助", "宪法宣誓", "法治", "12348", "公共法律服务", "普法 责任制", "司法局", "大足区 法律援助"];

    public static async Task<int> RunAsync(string output, IReadOnlyList<string> queries)
    {
        var searchPage = Path.Combine(Path.GetFullPath(output), "search", "index.html");
        if (!File.Exists(searchPage))
        {
            Console.Error.WriteLine($"{searchPage} does not exist: give the output folder of a built site");
            return 2;
        }

        await using var chromium = await ChromiumSession.StartAsync();
        Console.WriteLine($"{"query",-16} {"results",8} {"first page ms",14} {"in page: DOM ms",16} {"results ms",11} {"search KiB",11} {"files",6}  largest file");
        foreach (var query in queries.Count > 0 ? queries : Queries)
        {
            await using var context = await chromium.Browser.NewContextAsync();
            var page = await context.NewPageAsync();
            var requests = new List<string>();
            page.Request += (_, request) => requests.Add(request.Url);
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(new Uri(searchPage).AbsoluteUri + "?q=" + Uri.EscapeDataString(query));
            await page.WaitForFunctionAsync(
                "q => { const s = document.querySelector('[data-search-status]'); return s && s.dataset.state === 'done' && s.dataset.query === q; }",
                query);
            var ms = clock.ElapsedMilliseconds;

            // The page's own clock: from navigation to its parsed document, and to the results (give or take a round trip).
            var inPage = await page.EvaluateAsync<double[]>("() => [performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd, performance.now()]");
            var results = await page.GetAttributeAsync("[data-search-status]", "data-count");
            var files = SearchLoad.Files(requests);
            var largest = files.MaxBy(f => f.Length);
            var largestText = largest is null ? "none" : $"{Path.GetRelativePath(output, largest.FullName)} ({largest.Length / 1024.0:0.0} KiB)";
            Console.WriteLine($"{query,-16} {results,8} {ms,14} {inPage[0],16:0} {inPage[1],11:0} {files.Sum(f => f.Length) / 1024.0,11:0.0} {files.Count,6}  {largestText}");
        }

        return 0;
    }
}
