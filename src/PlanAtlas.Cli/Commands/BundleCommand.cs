using System.CommandLine;
using PlanAtlas.Bundle;
using PlanAtlas.Configuration;
using PlanAtlas.Pipeline;
using Spectre.Console;

namespace PlanAtlas.Cli.Commands;

/// <summary><c>bundle --out training.zip [--plans a,b] [--places 510000] [--topics x,y]</c>: an offline copy for a USB stick.</summary>
internal static class BundleCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo>("--out") { Description = "the zip to write", Required = true };
        var plans = new Option<string?>("--plans") { Description = "comma-separated plan slugs to include (default: all)" };
        var places = new Option<string?>("--places") { Description = "comma-separated GB/T 2260 codes: include the plans at or under these places (510000: 四川省 and its prefectures and counties)" };
        var topics = new Option<string?>("--topics") { Description = "comma-separated measure ids to include (default: all)" };
        var settingsFile = new Option<FileInfo?>("--settings") { Description = "settings file (default: statiq.json in the current folder)" };
        var baseUrl = new Option<string?>("--base-url") { Description = "the public site that links to left-out pages lead to (overrides PLANATLAS_BASEURL and statiq.json)" };
        var command = new Command("bundle", "Write an offline training bundle (a zip that opens from file://).") { output, plans, places, topics, settingsFile, baseUrl };
        command.SetAction(parse => Run(parse.GetValue(output)!, parse.GetValue(plans), parse.GetValue(places), parse.GetValue(topics), parse.GetValue(settingsFile), parse.GetValue(baseUrl)));
        return command;
    }

    private static int Run(FileInfo output, string? plans, string? places, string? topics, FileInfo? settingsFile, string? baseUrl)
    {
        var context = CommandContext.Create(settingsFile, baseUrl: baseUrl);
        var options = new BundleOptions(output.FullName, Set(plans), Set(topics), Set(places));
        var result = new BuildBundle(context).Run(options);
        DiagnosticPrinter.Print(result.Diagnostics, verbose: false);
        if (!result.Succeeded)
        {
            AnsiConsole.MarkupLine("[red]bundle failed[/]");
            return 1;
        }

        AnsiConsole.MarkupLine($"wrote [bold]{Markup.Escape(output.FullName)}[/]: {result.FileCount} files in {Markup.Escape(result.TopFolder)}/, {result.ZipBytes / 1024.0:0.0} KiB");
        if (result.OutsideLinks > 0)
        {
            // One notice for the bundle, not one per link.
            AnsiConsole.MarkupLine(result.LinkedToPublicSite
                ? $"{result.OutsideLinks} links to pages left out of the bundle lead to the public site (they need the network)"
                : $"[yellow]notice:[/] {result.OutsideLinks} references to pages left out of the bundle are plain text: there is no BaseUrl " +
                  $"(set it in statiq.json, with --base-url or {SettingsReader.BaseUrlVariable}) to link them to the public site");
        }

        return 0;
    }

    private static HashSet<string>? Set(string? list) =>
        string.IsNullOrWhiteSpace(list) ? null : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
}
