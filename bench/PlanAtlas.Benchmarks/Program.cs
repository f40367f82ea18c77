using System.Diagnostics;
using PlanAtlas.Configuration;
using PlanAtlas.Pipeline;

// Builds synthetic corpora of growing size (the five real plans copied under new slugs) and prints the
// time of each stage and the peak memory, to show that the build grows linearly with the number of plans.
// Each corpus is then rebuilt in the same process after a one-line edit of one plan, as preview does (with its
// BuildCache): "edit ms" is what preview's rebuild costs.
// Run: dotnet run -c Release --project bench/PlanAtlas.Benchmarks -- 5 50 250
// `-- sizes` instead prints the sizes of the search files and the time of the search stage (Sizes.cs).
var repo = FindRepo();
if (args is ["corpus", var count, var folder])
{
    // Writes a generated corpus to look at or build by hand: `-- corpus 300 /tmp/c300/input`.
    PlanAtlas.ScaleCorpus.ScaleCorpusWriter.Write(repo, Path.GetFullPath(folder), int.Parse(count));
    return 0;
}

if (args is ["sizes"])
{
    return PlanAtlas.Benchmarks.Sizes.Run(repo);
}

var sizes = args.Length > 0 ? args.Select(int.Parse).ToArray() : [5, 50, 250];
Console.WriteLine($"{"plans",6} {"provisions",10} {"files",7} {"MiB out",8} {"total ms",9} {"ms/plan",8} {"edit ms",8}  stages of the rebuild");
foreach (var size in sizes)
{
    var root = Path.Combine(Path.GetTempPath(), $"planatlas-bench-{size}-{Guid.NewGuid():N}");
    try
    {
        var provisions = WriteCorpus(repo, root, size);
        var settings = SiteSettings.Load(repo);
        settings.InputPath = Path.Combine(root, "input");
        settings.OutputPath = Path.Combine(root, "output");
        var cache = new BuildCache();
        var clock = Stopwatch.StartNew();
        var result = new SitePipeline(new BuildContext(settings, root), cache).Build();
        clock.Stop();

        var edited = Path.Combine(settings.InputPath, "plans", "dazu.md");
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("（四）维护宪法权威。", "（四）维护宪法权威（修订）。"));
        var warmClock = Stopwatch.StartNew();
        var warm = new SitePipeline(new BuildContext(settings, root), cache).Build();
        warmClock.Stop();
        if (!result.Succeeded || !warm.Succeeded)
        {
            Console.Error.WriteLine(string.Join("\n", result.Diagnostics.Take(5)));
            return 1;
        }

        var stages = string.Join(", ", warm.Timings.Items.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds:0}"));
        Console.WriteLine($"{size,6} {provisions,10} {result.FileCount,7} {result.TotalBytes / 1048576.0,8:0.0} {clock.ElapsedMilliseconds,9} {clock.ElapsedMilliseconds / (double)size,8:0.0} {warmClock.ElapsedMilliseconds,8}  {stages}");
    }
    finally
    {
        Directory.Delete(root, recursive: true);
    }
}

Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB");
return 0;

static int WriteCorpus(string repo, string root, int size)
{
    var plans = Directory.GetFiles(Path.Combine(repo, "input", "plans"), "*.md").Order(StringComparer.Ordinal).ToArray();
    var target = Path.Combine(root, "input", "plans");
    Directory.CreateDirectory(target);
    foreach (var file in Directory.GetFiles(Path.Combine(repo, "input"), "*.yml"))
    {
        File.Copy(file, Path.Combine(root, "input", Path.GetFileName(file)));
    }

    var provisions = 0;
    for (var i = 0; i < size; i++)
    {
        var source = plans[i % plans.Length];
        var slug = Path.GetFileNameWithoutExtension(source);
        var copy = i < plans.Length ? slug : $"{slug}-{i}";
        var text = File.ReadAllText(source).Replace($"slug: {slug}\n", $"slug: {copy}\n");
        File.WriteAllText(Path.Combine(target, copy + ".md"), text);
        provisions += new[] { 27, 28, 28, 65, 30 }[Array.IndexOf(["dazu", "gansu", "liangshan", "quxian", "shanghai"], slug)];
    }

    return provisions;
}

static string FindRepo()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Site.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Site.sln not found");
}
