using System.CommandLine;
using PlanAtlas.Configuration;
using PlanAtlas.Diagnostics;
using PlanAtlas.Pipeline;
using Spectre.Console;

namespace PlanAtlas.Cli.Commands;

/// <summary><c>build [--output DIR]</c>: runs the whole pipeline from <c>input/</c> into <c>output/</c>.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "output folder (default: OutputPath from statiq.json, 'output')" };
        var settingsFile = new Option<FileInfo?>("--settings") { Description = "settings file (default: statiq.json in the current folder)" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "also print informational messages" };
        var baseUrl = new Option<string?>("--base-url") { Description = "the public address of the site (overrides PLANATLAS_BASEURL and statiq.json)" };
        var command = new Command("build", "Build the site from input/ into output/.") { output, settingsFile, baseUrl, verbose };
        command.SetAction(parse => Run(parse.GetValue(output), parse.GetValue(settingsFile), parse.GetValue(baseUrl), parse.GetValue(verbose)));
        return command;
    }

    private static int Run(DirectoryInfo? output, FileInfo? settingsFile, string? baseUrl, bool verbose)
    {
        var context = CommandContext.Create(settingsFile, output, baseUrl);
        var result = new SitePipeline(context).Build();
        DiagnosticPrinter.Print(result.Diagnostics, verbose);
        PrintSummary(result, context.Settings);
        return result.Succeeded ? 0 : 1;
    }

    private static void PrintSummary(BuildResult result, SiteSettings settings)
    {
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
        if (!result.Succeeded)
        {
            AnsiConsole.MarkupLine($"[red]build failed[/]: {errors} error(s), {warnings} warning(s); the previous output was left as it was.");
            return;
        }

        var table = new Table().AddColumn("plan").AddColumn(new TableColumn("provisions").RightAligned());
        foreach (var plan in result.Site!.Plans)
        {
            table.AddRow(Markup.Escape(plan.Metadata.Short), plan.Provisions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        if (string.IsNullOrWhiteSpace(settings.BaseUrl))
        {
            // Said once per build: without a public address there is nothing true to put in these, so they are left out.
            AnsiConsole.MarkupLine("[grey]no BaseUrl: canonical links, absolute permalinks and sitemap.xml are left out " +
                $"(set it in statiq.json, with --base-url or {SettingsReader.BaseUrlVariable})[/]");
        }

        var stages = string.Join(", ", result.Timings.Items.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds:0} ms"));
        AnsiConsole.MarkupLine($"built [bold]{result.FileCount}[/] files ({result.TotalBytes / 1024.0:0.0} KiB) into " +
            $"{Markup.Escape(settings.OutputPath)} in {result.Timings.Total.TotalMilliseconds:0} ms, {warnings} warning(s)");
        AnsiConsole.MarkupLine($"[grey]{Markup.Escape(stages)}[/]");
    }
}
