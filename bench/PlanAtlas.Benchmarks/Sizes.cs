using System.IO.Compression;
using PlanAtlas.Pipeline;

namespace PlanAtlas.Benchmarks;

/// <summary>
/// <c>sizes [N]</c>: the search files a visitor may fetch (count, bytes raw and gzip, the largest) for a corpus of N
/// plans (default 5, the real ones), and the time of the search stage. Read from the build's output folder, not from
/// the search classes, so it measures lunr today and the sharded engine after it alike; only Configuration, Pipeline
/// and Model types are used.
/// </summary>
internal static class Sizes
{
    private const int Runs = 3;

    public static int Run(string repo, int plans, bool keep)
    {
        var work = Directory.CreateTempSubdirectory("planatlas-sizes-").FullName;
        try
        {
            using var corpus = CorpusFolder.Create(repo, work, plans, keep);

            // The first build warms the JIT; the stage time is the mean of the builds after it.
            var searchMs = new List<double>();
            for (var run = 0; run <= Runs; run++)
            {
                var result = new SitePipeline(new BuildContext(corpus.Settings(), corpus.Root)).Build();
                if (!result.Succeeded)
                {
                    Console.Error.WriteLine(string.Join("\n", result.Diagnostics.TakeLast(20)));
                    return 1;
                }

                if (run > 0)
                {
                    searchMs.Add(result.Timings.Items.Where(t => t.Stage.Contains("search", StringComparison.Ordinal)).Sum(t => t.Elapsed.TotalMilliseconds));
                }
            }

            var files = OutputSurvey.Walk(corpus.OutputPath).Where(f => f.Path.StartsWith(SearchFiles.Folder, StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            var search = SearchFiles.From(files);
            long gzipTotal = 0;
            foreach (var file in files)
            {
                var gzip = Gzip(Path.Combine(corpus.OutputPath, file.Path));
                gzipTotal += gzip;
                Console.WriteLine($"{file.Path}: {file.Bytes:N0} bytes raw, {gzip:N0} bytes gzip");
            }

            Console.WriteLine($"{plans} plans: {search.Count} search files, {search.Bytes:N0} bytes raw, {gzipTotal:N0} bytes gzip, largest {search.Largest?.Path} ({search.Largest?.Bytes:N0} bytes)");
            Console.WriteLine($"search stage: {searchMs.Average():F1} ms per build (mean of {Runs}, after a warm-up build)");
            return 0;
        }
        finally
        {
            if (!keep)
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static long Gzip(string path)
    {
        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.Optimal, leaveOpen: true))
        using (var file = File.OpenRead(path))
        {
            file.CopyTo(gzip);
        }

        return gzipped.Length;
    }
}
