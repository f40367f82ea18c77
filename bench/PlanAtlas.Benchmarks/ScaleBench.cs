namespace PlanAtlas.Benchmarks;

/// <summary>
/// The <c>scale</c> verb: publishes the CLI once, then measures each size (<see cref="ScaleRun"/>) and prints it
/// (<see cref="ScaleTable"/>). Everything lives in one temporary folder, deleted at the end unless <c>--keep</c>.
/// </summary>
public static class ScaleBench
{
    public static int Run(string repo, IReadOnlyList<int> sizes, ScaleOptions options)
    {
        var work = Directory.CreateTempSubdirectory("planatlas-scale-").FullName;
        try
        {
            var meter = new ChildProcessMeter(useGnuTime: !options.NoGnuTime);
            var hugo = options.NoHugo ? null : HugoSite.Find();
            Console.WriteLine($"measuring children with {(meter.UsesGnuTime ? "GNU time (/usr/bin/time)" : "getrusage(RUSAGE_CHILDREN) and /proc VmHWM")}; " +
                $"hugo: {hugo ?? "not used"}; {Environment.ProcessorCount} cores");
            var cli = PublishedCli.Publish(repo, Path.Combine(work, "pa-pub"), meter);
            var run = new ScaleRun(repo, work, cli, meter, hugo, options.Keep);
            var results = new List<ScaleResult>();
            foreach (var size in sizes)
            {
                var result = run.Run(size);
                ScaleTable.PrintSize(result);
                results.Add(result);
            }

            ScaleTable.PrintSummary(results);
            return 0;
        }
        catch (BenchmarkException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
        finally
        {
            if (options.Keep)
            {
                Console.WriteLine($"kept {work}");
            }
            else
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }
}

/// <summary>The flags of <c>scale</c>.</summary>
/// <param name="Keep">Keep the corpora, outputs, Hugo sites and published CLI.</param>
/// <param name="NoHugo">Leave out the Hugo comparison even when hugo is on PATH.</param>
/// <param name="NoGnuTime">Measure with getrusage and /proc even when /usr/bin/time exists (to check that fallback).</param>
public sealed record ScaleOptions(bool Keep, bool NoHugo, bool NoGnuTime);
