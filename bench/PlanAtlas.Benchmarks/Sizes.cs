using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using PlanAtlas.Configuration;
using PlanAtlas.Model;
using PlanAtlas.Pipeline;
using PlanAtlas.Search;
using PlanAtlas.Write;

namespace PlanAtlas.Benchmarks;

/// <summary>
/// `sizes`: the size of the search files of the real corpus (raw and gzip) and the time the search stage and the
/// C# lunr index writer take (the mean of ten runs after a warm-up). Moved here from the unit suite, which only
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

        var documents = BuildSearchIndex.Documents(site);
        Console.WriteLine($"provisions: {documents.Count}, characters of text: {documents.Sum(d => d.Text.Length)}");

        var files = new SiteFiles();
        var stage = MeanMilliseconds(() => new BuildSearchIndex().Run(site, files = new SiteFiles(), settings));
        foreach (var file in new[] { BuildSearchIndex.IndexFile, BuildSearchIndex.DocumentsFile, BuildSearchIndex.LunrFile })
        {
            var raw = files.Get(file);
            Console.WriteLine($"{file}: {raw.Length:N0} bytes raw, {Gzip(raw):N0} bytes gzip");
        }

        Console.WriteLine($"search stage (documents, index, store, lunr copy): {stage:F1} ms per build (mean of {Runs}, after warm-up)");

        var json = "";
        var writer = MeanMilliseconds(() => json = LunrIndexWriter.Serialize(documents));
        var index = Encoding.UTF8.GetBytes(json);
        Console.WriteLine($"lunr index alone: {index.Length:N0} bytes raw, {Gzip(index):N0} bytes gzip, C# build {writer:F1} ms per index (mean of {Runs}, after warm-up)");
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
