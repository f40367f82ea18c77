using System.Diagnostics;
using System.IO.Compression;
using PlanAtlas.Configuration;
using PlanAtlas.Model;
using PlanAtlas.Pipeline;
using PlanAtlas.Search;
using PlanAtlas.Write;

namespace PlanAtlas.Benchmarks;

/// <summary>
/// `sizes`: the size of the search files of the real corpus (shards, chunks, meta; raw and gzip) and the time the
/// search stage takes (the mean of ten runs after a warm-up). Moved here from the unit suite, which only
/// keeps the size budget as an assertion.
/// </summary>
internal static class Sizes
{
    private const int Runs = 10;

    public static int Run(string repo)
    {
        var settings = SiteSettings.Load(repo);
        var site = new SitePipeline(new BuildContext(settings, repo)).BuildModel(new StageTimings());
        if (site is null)
        {
            Console.Error.WriteLine("the corpus in input/ has errors: run `build` to see them");
            return 1;
        }

        var corpus = SearchCorpus.Of(site);
        Console.WriteLine($"documents: {corpus.Documents.Count} ({corpus.AgencyCount} agencies), characters of text: {corpus.Documents.Sum(d => d.Text.Length)}");

        var files = new SiteFiles();
        SearchIndexSummary summary = null!;
        var stage = MeanMilliseconds(() => summary = new BuildSearchIndex().Run(site, files = new SiteFiles()));
        foreach (var (kind, prefix) in new[] { ("terms", BuildSearchIndex.Folder + "/terms/"), ("docs", BuildSearchIndex.Folder + "/docs/"), ("meta", BuildSearchIndex.Folder + "/meta.js") })
        {
            var sizes = files.Paths.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).Select(p => files.Get(p).Length).ToList();
            Console.WriteLine($"{kind}: {sizes.Count} files, {sizes.Sum():N0} bytes, largest {sizes.Max():N0}, gzip of all {files.Paths.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).Sum(p => Gzip(files.Get(p))):N0}");
        }

        Console.WriteLine($"search stage ({summary.Shards} shards, {summary.Chunks} chunks): {stage:F1} ms per build (mean of {Runs}, after warm-up)");
        return 0;
    }

    private static double MeanMilliseconds(Action action)
    {
        action(); // warm-up: JIT and tokenizer
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Runs; i++)
        {
            action();
        }

        return clock.Elapsed.TotalMilliseconds / Runs;
    }

    private static long Gzip(byte[] raw)
    {
        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(raw);
        }

        return gzipped.Length;
    }
}
