using PlanAtlas.Benchmarks;
using PlanAtlas.ScaleCorpus;

// The benchmarks of the build, on generated corpora of N plans at real GB/T 2260 places (PlanAtlas.ScaleCorpus;
// N ≤ 5 is the repository's real plans). See bench/README.md for what each column means.
//
//   -- scale 5 300 1000 3000 [--keep] [--no-hugo] [--no-gnu-time]
//        The national-scale benchmark: each corpus is built by the published Release CLI as a child process, so
//        start-up and JIT count as they do for users; wall, CPU, peak RSS, pages, files, bytes, stage timings, the
//        largest page, the fullest sitemap and the search files, and Hugo on the equivalent site when it is on PATH.
//        Ends with a Markdown table of all sizes and each stage's ms per plan by size (ScaleBench).
//   -- 5 50 250 [--edits=3] [--gc-log]
//        The edit benchmark, kept apart from `scale` because it measures something else: an in-process build and a
//        warm rebuild after a one-line edit with preview's BuildCache ("edit ms", EditBench). Folding it into
//        `scale` would add a second full build per size to an already long run. --gc-log lists each collection of a rebuild.
//   -- sizes [N]
//        The search files a build writes under assets/search/ (raw and gzip) and the search stage's time (Sizes).
//   -- edit-browser N [--edits=3] [--keep]
//        What an author sees: preview (the published CLI) serves N plans, Chromium shows the edited plan's page, and
//        each one-line edit is timed from the save to the page showing it (EditBrowserBench).
//   -- search-browser OUTPUT [query …]
//        Each query's first results in Chromium from file://, in a fresh context: ms to the results and the search
//        files loaded (SearchBrowserBench); for 3,000 plans run it on the output of `scale 3000 --keep`.
//   -- corpus N DIR
//        Writes a generated corpus to look at or build by hand: `-- corpus 300 /tmp/c300/input`.
var repo = FindRepo();
var keep = args.Contains("--keep");
var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
switch (positional)
{
    case ["corpus", var count, var folder]:
        ScaleCorpusWriter.Write(repo, Path.GetFullPath(folder), int.Parse(count));
        return 0;
    case ["edit-browser", var count]:
        return await EditBrowserBench.RunAsync(repo, int.Parse(count), EditCount(), keep);
    case ["search-browser", var output, .. var queries]:
        return await SearchBrowserBench.RunAsync(output, queries);
    case ["sizes", .. var rest]:
        return Sizes.Run(repo, rest.Length > 0 ? int.Parse(rest[0]) : 5, keep);
    case ["scale", .. var rest]:
        var options = new ScaleOptions(keep, args.Contains("--no-hugo"), args.Contains("--no-gnu-time"));
        return ScaleBench.Run(repo, rest.Length > 0 ? rest.Select(int.Parse).ToArray() : [5, 300, 1000, 3000], options);
    default:
        return EditBench.Run(repo, positional.Length > 0 ? positional.Select(int.Parse).ToArray() : [5, 50, 250], keep, EditCount(), args.Contains("--gc-log"));
}

// --edits=N: how many one-line edits the edit benchmark times per size (the median is shown).
int EditCount() => args.FirstOrDefault(a => a.StartsWith("--edits=", StringComparison.Ordinal)) is { } option ? int.Parse(option["--edits=".Length..]) : 3;

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
