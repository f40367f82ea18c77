using System.Diagnostics;
using PlanAtlas.Pipeline;
using PlanAtlas.Preview;

namespace PlanAtlas.Benchmarks;

/// <summary>
/// The default verb (<c>-- 5 50 250</c>): builds each corpus in this process, then rebuilds it after a one-line edit
/// of one plan with the same <see cref="BuildCache"/>, as preview does: "edit ms" is what preview's rebuild costs.
/// In-process on purpose, unlike <c>scale</c>: preview is one long-running process, so its rebuilds are warm. Like
/// preview, it collects the garbage after each build, untimed (<see cref="IdleCollection"/>); "idle GC" is how long that took.
/// </summary>
public static class EditBench
{
    /// <param name="edits">Edits a size, each rebuilt and timed; the median is shown (a busy machine varies from run to run).</param>
    /// <param name="gcLog">Lists every collection of each rebuild (<see cref="GcLog"/>).</param>
    public static int Run(string repo, IReadOnlyList<int> sizes, bool keep, int edits, bool gcLog = false)
    {
        using var log = gcLog ? new GcLog() : null;
        Console.WriteLine($"{"plans",6} {"provisions",10} {"files",7} {"MiB out",8} {"total ms",9} {"ms/plan",8} {"edit ms",8} {"GC ms",6} {"GCs 0/1/2",10} {"alloc MiB",9} {"idle GC",7} {"kept",7}  stages of the rebuild");
        var work = Directory.CreateTempSubdirectory("planatlas-edit-").FullName;
        try
        {
            foreach (var size in sizes)
            {
                using var corpus = CorpusFolder.Create(repo, work, size, keep);
                var settings = corpus.Settings();
                var cache = new BuildCache();
                var clock = Stopwatch.StartNew();
                var full = Outcome.Of(new SitePipeline(new BuildContext(settings, corpus.Root), cache).Build());
                clock.Stop();

                // Preview collects after each build, while the author reads (IdleCollection); so does the benchmark, untimed.
                IdleCollection.Now();

                // Only summaries are kept, not the builds' results: preview keeps no model but the cache's, and every
                // model held here would make each later rebuild's collections slower than preview's.
                log?.Take();
                var collections = new List<string>();
                var rebuilds = new List<(long Ms, double GcMs, string Gcs, long AllocatedMiB, Outcome Result)>();
                var idlePauses = new List<double>();
                var failed = full.Failure;
                for (var edit = 0; edit < edits && failed is null; edit++)
                {
                    PlanEdit.MarkFirstTitle(corpus.PlanFiles()[0], "（修订）");
                    var paused = GC.GetTotalPauseDuration();
                    var allocated = GC.GetTotalAllocatedBytes();
                    int[] counts = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
                    var warmClock = Stopwatch.StartNew();
                    var rebuilt = Outcome.Of(new SitePipeline(new BuildContext(settings, corpus.Root), cache).Build());
                    rebuilds.Add((warmClock.ElapsedMilliseconds, (GC.GetTotalPauseDuration() - paused).TotalMilliseconds, string.Join('/', counts.Select((c, g) => GC.CollectionCount(g) - c)),
                        (GC.GetTotalAllocatedBytes() - allocated) >> 20, rebuilt));
                    var idle = GC.GetTotalPauseDuration();
                    IdleCollection.Now();
                    idlePauses.Add((GC.GetTotalPauseDuration() - idle).TotalMilliseconds);
                    failed = rebuilt.Failure;
                    if (log is not null)
                    {
                        // The runtime hands its events to listeners a little later.
                        Thread.Sleep(2000);
                        collections.Add($"  rebuild {edit + 1}, {rebuilds[^1].Ms} ms:");
                        collections.AddRange(log.Take().Select(line => "    " + line));
                    }
                }

                if (failed is not null)
                {
                    Console.Error.WriteLine(failed);
                    return 1;
                }

                var (editMs, gcMs, gcs, allocatedMiB, warm) = rebuilds.OrderBy(r => r.Ms).ElementAt(rebuilds.Count / 2);

                Console.WriteLine($"{size,6} {full.Provisions,10} {full.Files,7} {full.Bytes / 1048576.0,8:0.0} {clock.ElapsedMilliseconds,9} {clock.ElapsedMilliseconds / (double)size,8:0.0} {editMs,8} {gcMs,6:0} {gcs,10} {allocatedMiB,9} {idlePauses.Order().ElementAt(idlePauses.Count / 2),7:0} {warm.Kept,7}  {warm.Stages}");
                Console.WriteLine($"{"",6} every edit, ms: {string.Join(", ", rebuilds.Select(r => r.Ms))}");
                collections.ForEach(Console.WriteLine);
            }
        }
        finally
        {
            if (!keep)
            {
                Directory.Delete(work, recursive: true);
            }
        }

        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB");
        return 0;
    }

    /// <summary>What the table shows of a build: its counts and stage timings, or its last errors when it failed.</summary>
    private sealed record Outcome(int Provisions, int Files, long Bytes, int Kept, string Stages, string? Failure)
    {
        public static Outcome Of(BuildResult result) => new(
            result.Site?.Plans.Sum(p => p.Provisions.Count) ?? 0,
            result.FileCount,
            result.TotalBytes,
            result.KeptPages.Count,
            string.Join(", ", result.Timings.Items.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds:0}")),
            result.Succeeded ? null : string.Join("\n", result.Diagnostics.TakeLast(20)));
    }
}

