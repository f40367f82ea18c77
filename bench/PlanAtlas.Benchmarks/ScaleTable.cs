using System.Globalization;
using System.Text;

namespace PlanAtlas.Benchmarks;

/// <summary>
/// Prints the scale benchmark: a block per size as soon as it is measured (a long run shows progress), then a
/// Markdown table of all sizes for the issue, then each stage's milliseconds per plan at each size, so that linear
/// growth reads as a row of about equal numbers and worse-than-linear growth as a row that climbs.
/// </summary>
public static class ScaleTable
{
    private const double MiB = 1024 * 1024;

    public static void PrintSize(ScaleResult r)
    {
        var b = r.Build;
        var o = r.Output;
        Console.WriteLine($"== {r.Plans} plans, {r.Provisions} provisions ==");
        Console.WriteLine($"plan atlas  wall {Seconds(b.Wall)} s, CPU {Seconds(b.Cpu)} s (user {Seconds(b.User)} + sys {Seconds(b.System)}), peak RSS {Mib(b.PeakRssBytes)} MiB [{b.Method}; {r.Builds.Describe()}]");
        Console.WriteLine($"  output    {o.HtmlPages} HTML pages, {o.Files} files, {Mib(o.Bytes)} MiB; CPU {r.CpuMsPerPage:0.00} ms per page");
        Console.WriteLine($"  largest   {Describe(o.LargestPage)}");
        Console.WriteLine($"  sitemap   {(o.LargestSitemap is null ? "none" : $"{o.LargestSitemap.Path}: {o.LargestSitemapUrls} URLs")}");
        Console.WriteLine($"  search    {o.Search.Count} files, {Mib(o.Search.Bytes)} MiB under {SearchFiles.Folder} (largest {Describe(o.Search.Largest)})");
        Console.WriteLine($"  stages    {string.Join(", ", r.Stages.Select(s => $"{s.Stage} {s.Milliseconds:0}"))} (ms)");
        if (r.Hugo is { } h)
        {
            Console.WriteLine($"hugo        wall {Seconds(h.Run.Wall)} s, CPU {Seconds(h.Run.Cpu)} s, peak RSS {Mib(h.Run.PeakRssBytes)} MiB, {h.HtmlPages} HTML pages, CPU {h.CpuMsPerPage:0.00} ms per page [{r.Hugos!.Describe()}]");
            Console.WriteLine($"  ratios    CPU plan atlas / hugo {r.CpuRatio:0.0}×, CPU per page {r.PerPageRatio:0.0}×");
        }
        else
        {
            Console.WriteLine("hugo        not on PATH: no comparison");
        }

        Console.WriteLine($"harness     corpus written in {Seconds(r.Harness.CorpusWrite)} s, model read and Hugo site written in {Seconds(r.Harness.HugoPreparation)} s (not in any measure)");

        Console.WriteLine();
    }

    public static void PrintSummary(IReadOnlyList<ScaleResult> results)
    {
        Console.WriteLine(Markdown(results));
        Console.WriteLine(Growth(results));
    }

    /// <summary>The table for the issue's closing note; the Hugo columns are empty when Hugo was not run.</summary>
    private static string Markdown(IReadOnlyList<ScaleResult> results)
    {
        string[] header =
        [
            "plans", "provisions", "pages", "files", "output MiB", "wall s", "CPU s", "peak MiB", "CPU ms/page",
            "largest page KiB", "sitemap URLs", "search MiB",
            "Hugo wall s", "Hugo CPU s", "Hugo peak MiB", "Hugo pages", "Hugo CPU ms/page", "CPU ×Hugo", "per page ×Hugo",
        ];
        var sb = new StringBuilder();
        sb.AppendLine("| " + string.Join(" | ", header) + " |");
        sb.AppendLine("|" + string.Concat(header.Select(_ => "---:|")));
        foreach (var r in results)
        {
            var h = r.Hugo;
            string[] row =
            [
                N(r.Plans), N(r.Provisions), N(r.Output.HtmlPages), N(r.Output.Files), Mib(r.Output.Bytes),
                Seconds(r.Build.Wall), Seconds(r.Build.Cpu), Mib(r.Build.PeakRssBytes), F(r.CpuMsPerPage, "0.00"),
                F((r.Output.LargestPage?.Bytes ?? 0) / 1024.0, "0"), N(r.Output.LargestSitemapUrls), Mib(r.Output.Search.Bytes),
                h is null ? "" : Seconds(h.Run.Wall), h is null ? "" : Seconds(h.Run.Cpu), h is null ? "" : Mib(h.Run.PeakRssBytes),
                h is null ? "" : N(h.HtmlPages), h is null ? "" : F(h.CpuMsPerPage, "0.00"),
                r.CpuRatio is { } c ? F(c, "0.0") : "", r.PerPageRatio is { } p ? F(p, "0.0") : "",
            ];
            sb.AppendLine("| " + string.Join(" | ", row) + " |");
        }

        return sb.ToString();
    }

    /// <summary>Each stage's ms per plan at each size; a stage one build lacks shows as –.</summary>
    private static string Growth(IReadOnlyList<ScaleResult> results)
    {
        var stages = results.SelectMany(r => r.Stages.Select(s => s.Stage)).Distinct().ToList();
        var width = stages.Append("stage").Max(s => s.Length);
        var sb = new StringBuilder("stage growth, ms per plan at ")
            .AppendLine(string.Join(" / ", results.Select(r => $"{r.Plans} plans")) + " (equal numbers = linear):");
        sb.AppendLine($"  {"stage".PadRight(width)} " + string.Concat(results.Select(r => $"{r.Plans,10}")));
        foreach (var stage in stages.Append("total"))
        {
            var cells = results.Select(r =>
            {
                var ms = stage == "total" ? r.Stages.Sum(s => s.Milliseconds) : r.Stages.FirstOrDefault(s => s.Stage == stage)?.Milliseconds;
                return ms is { } v ? F(v / r.Plans, "0.00") : "–";
            });
            sb.AppendLine($"  {stage.PadRight(width)} " + string.Concat(cells.Select(c => $"{c,10}")));
        }

        return sb.ToString();
    }

    private static string Describe(OutputFile? file) => file is null ? "none" : $"{file.Path} ({file.Bytes / 1024.0:0.0} KiB)";

    private static string Seconds(TimeSpan t) => F(t.TotalSeconds, "0.00");

    private static string Mib(long bytes) => F(bytes / MiB, "0.0");

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
