using System.CommandLine;
using PlanAtlas.Analyse.Jurisdictions;
using PlanAtlas.Configuration;
using PlanAtlas.Diagnostics;
using PlanAtlas.Import;
using Spectre.Console;

namespace PlanAtlas.Cli.Commands;

/// <summary><c>import input/sources/&lt;slug&gt;.txt</c>: raw text → <c>input/plans/&lt;slug&gt;.md</c> for review.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var source = new Argument<FileInfo>("source") { Description = "the raw text, e.g. input/sources/gansu.txt" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "where to write the plan (default: input/plans/<slug>.md beside the sources folder)" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "also list every line the importer dropped or joined" };
        var check = new Option<bool>("--check") { Description = "print a review summary (metadata and the lines it came from, lines dropped, joined and split, markers recovered, what needs a decision) without writing" };
        var force = new Option<bool>("--force") { Description = "replace the plan file when it already exists (it may hold a reviewed, edited text)" };
        var keepPunctuation = new Option<bool>("--keep-punctuation") { Description = "keep half-width , ; : ( ) ? ! between Chinese characters instead of making them full width" };
        var command = new Command("import", "Clean a raw plan text into a Markdown plan file for review.") { source, output, verbose, check, force, keepPunctuation };
        command.SetAction(parse => Run(
            parse.GetValue(source)!,
            parse.GetValue(output),
            parse.GetValue(verbose),
            parse.GetValue(check),
            parse.GetValue(force),
            new ImportOptions { KeepPunctuation = parse.GetValue(keepPunctuation) }));
        return command;
    }

    /// <summary>The GB/T 2260 register from node_modules (npm ci), to propose the jurisdiction; without it, a warning.</summary>
    private static Model.Jurisdictions.JurisdictionRegister? Register(string display, DiagnosticBag diagnostics)
    {
        try
        {
            return LoadJurisdictions.Read(SettingsReader.Read(Environment.CurrentDirectory, null, new DiagnosticBag()).NodeModulesPath);
        }
        catch (JurisdictionRegisterException ex)
        {
            diagnostics.Warning(DiagnosticCodes.AmbiguousLevel, SourceLocation.StartOf(display), $"no jurisdiction proposed: {ex.Message}");
            return null;
        }
    }

    private static int Run(FileInfo source, FileInfo? output, bool verbose, bool check, bool force, ImportOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var display = Path.GetRelativePath(Environment.CurrentDirectory, source.FullName).Replace('\\', '/');
        if (!source.Exists)
        {
            var what = Directory.Exists(source.FullName) ? "is a folder, not a text file" : "does not exist";
            diagnostics.Error(DiagnosticCodes.ImportSourceMissing, SourceLocation.StartOf(display), $"the text to import {what}");
            DiagnosticPrinter.Print(diagnostics.Items, verbose);
            return 1;
        }

        options = options with { Register = Register(display, diagnostics) };
        var result = new PlanImporter(options).ImportFile(source.FullName, display, diagnostics);
        if (check && result is not null)
        {
            // The summary lists the warnings itself; notes go to stderr only when asked for.
            DiagnosticPrinter.Print(diagnostics.Items.Where(d => d.Severity == Severity.Info), verbose);
            Console.Out.Write(ImportReview.Write(display, result, diagnostics.Items));
            return diagnostics.HasErrors ? 1 : 0;
        }

        DiagnosticPrinter.Print(diagnostics.Items, verbose);
        if (result is null || diagnostics.HasErrors)
        {
            return 1;
        }

        var target = output?.FullName ?? DefaultTarget(source, result.FrontMatter.Slug!);
        if (File.Exists(target) && !force)
        {
            // A plan file is reviewed and edited by hand after its import; importing again must not undo that.
            var shown = Path.GetRelativePath(Environment.CurrentDirectory, target).Replace('\\', '/');
            diagnostics.Error(DiagnosticCodes.PlanFileExists, SourceLocation.StartOf(shown),
                $"the plan file already exists and was left as it was; compare first with import --check {display}, write elsewhere with --output, or replace it with --force");
            DiagnosticPrinter.Print(diagnostics.Items.Where(d => d.Code == DiagnosticCodes.PlanFileExists), verbose);
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, result.Markdown);
        var warnings = diagnostics.Items.Count(d => d.Severity == Severity.Warning);
        AnsiConsole.MarkupLine($"wrote [bold]{Markup.Escape(Path.GetRelativePath(Environment.CurrentDirectory, target))}[/]: " +
            $"{result.ParagraphCount} paragraphs, {warnings} warning(s). Review it against the source before committing.");
        return 0;
    }

    private static string DefaultTarget(FileInfo source, string slug)
    {
        var inputFolder = source.Directory?.Parent?.FullName ?? Environment.CurrentDirectory;
        return Path.Combine(inputFolder, "plans", slug + ".md");
    }
}
