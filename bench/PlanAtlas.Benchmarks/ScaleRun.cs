using System.Diagnostics;
using PlanAtlas.Model;
using PlanAtlas.Pipeline;

namespace PlanAtlas.Benchmarks;

/// <summary>Everything measured at one size.</summary>
public sealed record ScaleResult(
    int Plans,
    int Provisions,
    Repeated<ChildMeasurement> Builds,
    IReadOnlyList<StageTime> Stages,
    OutputSurvey Output,
    Repeated<HugoMeasurement>? Hugos,
    HarnessTimes Harness)
{
    /// <summary>The build with the median CPU (<see cref="RepeatedRuns"/>).</summary>
    public ChildMeasurement Build => Builds.Median;

    public HugoMeasurement? Hugo => Hugos?.Median;

    public double CpuMsPerPage => Build.Cpu.TotalMilliseconds / Math.Max(1, Output.HtmlPages);

    /// <summary>Plan Atlas CPU / Hugo CPU on the same corpus.</summary>
    public double? CpuRatio => Hugo is null ? null : Build.Cpu / Hugo.Run.Cpu;

    /// <summary>Plan Atlas CPU per page / Hugo CPU per page: the cost of a page, whatever the number of pages.</summary>
    public double? PerPageRatio => Hugo is null ? null : CpuMsPerPage / Hugo.CpuMsPerPage;
}

/// <summary>
/// What the benchmark itself spent around the measured builds (not part of any measure), so a long run can be
/// planned: writing the corpus, and reading the model and writing the Hugo site from it.
/// </summary>
public sealed record HarnessTimes(TimeSpan CorpusWrite, TimeSpan HugoPreparation);

/// <summary>
/// One size of the scale benchmark: writes the corpus, builds it with the published CLI as a child process, surveys
/// the output, then builds the equivalent Hugo site from the same input. The corpus is read into the model in this
/// process only for Hugo's content, after the measured build, so it never shares the machine with it.
/// </summary>
public sealed class ScaleRun(string repo, string workFolder, PublishedCli cli, ChildProcessMeter meter, string? hugo, bool keep)
{
    public ScaleResult Run(int plans)
    {
        var clock = Stopwatch.StartNew();
        using var corpus = CorpusFolder.Create(repo, workFolder, plans, keep);
        var corpusWrite = clock.Elapsed;
        // Later runs of a short build write beside the first, whose output is the one surveyed.
        var builds = RepeatedRuns.Measure(n => cli.Build(corpus.Root, meter, n == 1 ? null : $"output-run{n}"), b => b.Cpu, b => b.Wall);
        var build = builds.Median;
        var stages = StageLine.Parse(build.Output);
        if (stages.Count == 0)
        {
            throw new BenchmarkException($"the build of {plans} plans printed no stage timings; its last lines:\n{build.Tail(20)}");
        }

        var output = OutputSurvey.Of(corpus.OutputPath);
        clock.Restart();
        var site = ReadModel(corpus);
        var provisions = site.Plans.Sum(p => p.Provisions.Count);
        var hugoSite = hugo is null ? null : HugoSite.Write(site, corpus.Settings().SiteTitle, Path.Combine(corpus.Root, "hugo"));
        var hugoPreparation = clock.Elapsed;
        var hugoRuns = hugoSite is null
            ? null
            : RepeatedRuns.Measure(n => hugoSite.Build(hugo!, meter, n == 1 ? "public" : $"public-run{n}"), h => h.Run.Cpu, h => h.Run.Wall);
        return new ScaleResult(plans, provisions, builds, stages, output, hugoRuns, new HarnessTimes(corpusWrite, hugoPreparation));
    }

    private static SiteModel ReadModel(CorpusFolder corpus) =>
        new SitePipeline(new BuildContext(corpus.Settings(), corpus.Root)).BuildModel(new StageTimings())
        ?? throw new BenchmarkException($"the corpus in {corpus.InputPath} has errors, yet the CLI built it");
}
