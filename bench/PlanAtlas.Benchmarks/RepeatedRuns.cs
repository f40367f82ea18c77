namespace PlanAtlas.Benchmarks;

/// <summary>
/// A short child measured once is mostly the machine's noise: on the shared 2-core machine five plans took Hugo
/// 0.21–0.43 s of CPU and Plan Atlas 2.1–2.6 s from one run to the next. A child that finishes within
/// <see cref="Short"/> is run <see cref="Times"/> times and the run with the median CPU stands for all; a longer
/// one once (its noise is a small part of it, and 3,000 plans take minutes).
/// </summary>
public static class RepeatedRuns
{
    public const int Times = 5;

    public static readonly TimeSpan Short = TimeSpan.FromSeconds(10);

    /// <param name="run">Runs the child the n-th time (from 1); each run writes into an output folder of its own, so
    /// that no run deletes what the previous one wrote (deleting thousands of files just before a build slows its
    /// file creation on this machine's ext4, which has no journal and skips recently freed inodes).</param>
    public static Repeated<T> Measure<T>(Func<int, T> run, Func<T, TimeSpan> cpu, Func<T, TimeSpan> wall)
    {
        var runs = new List<T> { run(1) };
        while (runs.Count < Times && wall(runs[0]) < Short)
        {
            runs.Add(run(runs.Count + 1));
        }

        var median = runs.OrderBy(cpu).ElementAt(runs.Count / 2);
        return new Repeated<T>(median, runs.Select(cpu).ToList());
    }
}

/// <summary>The run with the median CPU, and every run's CPU in the order they ran.</summary>
public sealed record Repeated<T>(T Median, IReadOnlyList<TimeSpan> Cpus)
{
    public string Describe() => Cpus.Count == 1
        ? "one run"
        : $"median of {Cpus.Count} runs, CPU s {string.Join(" / ", Cpus.Select(c => c.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))}";
}
