using System.Diagnostics;
using System.Text.Json;

namespace PlanAtlas.Tests.Infrastructure;

/// <summary>
/// Runs the Nu Html Checker (vnu.jar from npm, the checker behind validator.w3.org) on files or a folder.
/// Each run starts a JVM and takes seconds, so the suite runs it once (Site/HtmlValidityTests).
/// </summary>
public static class HtmlChecker
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The errors in every HTML file under the given folders (other files are skipped), from one run of the checker:
    /// the tests check all their pages in a single call, as each run starts a JVM.
    /// </summary>
    public static Task<IReadOnlyList<HtmlCheckMessage>> GetErrorsInFoldersAsync(
        IEnumerable<string> folders, CancellationToken cancellationToken = default)
    {
        var roots = folders.Select(Path.GetFullPath).ToList();
        foreach (var root in roots)
        {
            if (!Directory.Exists(root))
            {
                throw new DirectoryNotFoundException($"Cannot check {root}: no such folder.");
            }

            // vnu says nothing at all about a folder without HTML, which would read as "valid".
            if (!Directory.EnumerateFiles(root, "*.htm*", SearchOption.AllDirectories).Any())
            {
                throw new InvalidOperationException($"Cannot check {root}: it holds no HTML files.");
            }
        }

        return roots.Count == 0
            ? throw new ArgumentException("No folders to check.", nameof(folders))
            : RunAsync(["--skip-non-html", .. roots], cancellationToken);
    }

    private static async Task<IReadOnlyList<HtmlCheckMessage>> RunAsync(
        IReadOnlyList<string> targets, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(FindJava())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The checker's schema evaluation recurses deeply; it asks for at least 512k of thread stack.
        foreach (var argument in new[] { "-Xss4m", "-jar", FindJar(), "--stdout", "--format", "json", "--errors-only" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var target in targets)
        {
            start.ArgumentList.Add(target);
        }

        var (exitCode, stdout, stderr) = await ProcessRunner.RunAsync(start, Timeout, cancellationToken);
        // Exit code 1 only means "errors found"; anything else, or no JSON, means the checker itself failed.
        if (exitCode is not (0 or 1) || !stdout.TrimStart().StartsWith('{'))
        {
            throw new InvalidOperationException(
                $"The Nu Html Checker failed (exit code {exitCode}).\nstdout: {stdout}\nstderr: {stderr}");
        }

        return Parse(stdout);
    }

    internal static IReadOnlyList<HtmlCheckMessage> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var messages = new List<HtmlCheckMessage>();
        foreach (var item in document.RootElement.GetProperty("messages").EnumerateArray())
        {
            var lastLine = Int(item, "lastLine");
            messages.Add(new HtmlCheckMessage(
                File: ToPath(Text(item, "url") ?? ""),
                Line: Int(item, "firstLine") ?? lastLine ?? 0,
                Column: Int(item, "firstColumn") ?? Int(item, "lastColumn") ?? 0,
                Message: Text(item, "message") ?? "",
                Type: Text(item, "type") ?? "",
                SubType: Text(item, "subType"),
                Extract: Text(item, "extract")));
        }

        return messages;
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    // vnu reports "file:/tmp/a.html", percent-encoding anything outside ASCII.
    private static string ToPath(string url)
    {
        if (!url.StartsWith("file:", StringComparison.Ordinal))
        {
            return url;
        }

        var path = Uri.UnescapeDataString(url["file:".Length..]);
        return path.StartsWith("///", StringComparison.Ordinal) ? path[2..] : path;
    }

    private static string FindJar()
    {
        var jar = RepoPaths.VnuJar;
        return File.Exists(jar)
            ? jar
            : throw new InvalidOperationException(
                $"The Nu Html Checker is missing ({jar}). Run `npm ci` in {RepoPaths.Root} to install it.");
    }

    private static string FindJava()
    {
        var javaHome = Environment.GetEnvironmentVariable("JAVA_HOME");
        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(javaHome))
        {
            candidates.Add(Path.Combine(javaHome, "bin", "java"));
        }

        var searchPath = Environment.GetEnvironmentVariable("PATH") ?? "";
        candidates.AddRange(searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "java")));

        return candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "The Nu Html Checker needs Java, and no `java` was found on PATH or in JAVA_HOME. " +
                $"Install a Java runtime (apt-get install default-jre-headless), then run `npm ci` in {RepoPaths.Root}.");
    }
}
