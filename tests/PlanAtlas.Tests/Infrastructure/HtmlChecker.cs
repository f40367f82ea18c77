using System.Diagnostics;
using System.Text.Json;
using Xunit.Sdk;

namespace PlanAtlas.Tests.Infrastructure;

/// <summary>
/// Runs the Nu Html Checker (vnu.jar from npm, the checker behind validator.w3.org) on files or a folder.
/// Each run starts a JVM (about 2 s), so check a whole site in one call rather than page by page.
/// </summary>
public static class HtmlChecker
{
    // Long command lines are split; well below Linux's limit so paths of any length fit.
    private const int MaxArgumentChars = 100_000;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>The errors in the given HTML files.</summary>
    public static async Task<IReadOnlyList<HtmlCheckMessage>> GetErrorsAsync(
        IEnumerable<string> files, CancellationToken cancellationToken = default)
    {
        var paths = files.Select(Path.GetFullPath).ToList();
        // vnu says nothing at all about a file that does not exist, which would read as "valid".
        var missing = paths.Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            throw new FileNotFoundException("Cannot check files that do not exist: " + string.Join(", ", missing));
        }

        if (paths.Count == 0)
        {
            throw new ArgumentException("No files to check.", nameof(files));
        }

        var messages = new List<HtmlCheckMessage>();
        foreach (var chunk in Chunk(paths))
        {
            messages.AddRange(await RunAsync(chunk, cancellationToken));
        }

        return messages;
    }

    /// <summary>The errors in every HTML file under a folder (other files are skipped).</summary>
    public static Task<IReadOnlyList<HtmlCheckMessage>> GetErrorsInFolderAsync(
        string folder, CancellationToken cancellationToken = default)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Cannot check {root}: no such folder.");
        }

        if (!Directory.EnumerateFiles(root, "*.htm*", SearchOption.AllDirectories).Any())
        {
            throw new InvalidOperationException($"Cannot check {root}: it holds no HTML files.");
        }

        return RunAsync(["--skip-non-html", root], cancellationToken);
    }

    /// <summary>Fails with every error listed as <c>path:line:column: message</c>.</summary>
    public static async Task AssertNoErrorsInFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        var errors = await GetErrorsInFolderAsync(folder, cancellationToken);
        if (errors.Count > 0)
        {
            throw new XunitException(
                $"The Nu Html Checker found {errors.Count} error(s) in {folder}:\n" + string.Join("\n", errors));
        }
    }

    private static IEnumerable<List<string>> Chunk(List<string> paths)
    {
        var chunk = new List<string>();
        var length = 0;
        foreach (var path in paths)
        {
            if (chunk.Count > 0 && length + path.Length > MaxArgumentChars)
            {
                yield return chunk;
                chunk = [];
                length = 0;
            }

            chunk.Add(path);
            length += path.Length + 1;
        }

        yield return chunk;
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
