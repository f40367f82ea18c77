using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PlanAtlas.Benchmarks;

/// <summary>
/// <c>plan-atlas preview --port 0</c> of the published CLI, run in a site folder as an author runs it, with the lines
/// it prints: "serving ADDRESS" once the first build is done, "built in N ms" after each rebuild.
/// </summary>
public sealed partial class PreviewProcess : IDisposable
{
    private readonly Process _process;
    private readonly BlockingCollection<(string Line, long At)> _lines = [];
    private readonly List<string> _seen = [];

    private PreviewProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) => Add(e.Data);
        _process.OutputDataReceived += (_, e) => Add(e.Data);
        _process.Exited += (_, _) => _lines.CompleteAdding();
        _process.EnableRaisingEvents = true;
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public static PreviewProcess Start(PublishedCli cli, string siteFolder)
    {
        var (file, arguments) = cli.Command("preview", "--port", "0");
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = siteFolder,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // As for `build`: the corpus's own settings, not the caller's environment.
        start.Environment.Remove("PLANATLAS_BASEURL");
        return new PreviewProcess(Process.Start(start) ?? throw new BenchmarkException($"{file} did not start"));
    }

    /// <summary>The address preview serves, once its first build is done.</summary>
    public string WaitForAddress(TimeSpan timeout) =>
        Next(Serving(), timeout)?.Value
        ?? throw new BenchmarkException($"preview printed no address within {timeout.TotalMinutes:0} min; its last lines:\n{string.Join('\n', _seen.TakeLast(20))}");

    /// <summary>
    /// The next "built in" line: the milliseconds preview gives, and when the line was read (a
    /// <see cref="Stopwatch.GetTimestamp"/>); null if none comes within <paramref name="timeout"/>.
    /// </summary>
    public (long Ms, long ReadAt)? NextBuild(TimeSpan timeout) =>
        Next(BuiltIn(), timeout) is { } line ? (long.Parse(line.Value), line.ReadAt) : null;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is not null && !_lines.IsAddingCompleted)
        {
            _lines.TryAdd((line, Stopwatch.GetTimestamp()));
        }
    }

    /// <summary>The first group of the next line that matches, and when that line was read.</summary>
    private (string Value, long ReadAt)? Next(Regex pattern, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && _lines.TryTake(out var line, timeout - clock.Elapsed))
        {
            _seen.Add(line.Line);
            if (pattern.Match(line.Line) is { Success: true } match)
            {
                return (match.Groups[1].Value, line.At);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^serving (\S+)")]
    private static partial Regex Serving();

    [GeneratedRegex(@"built in (\d+) ms")]
    private static partial Regex BuiltIn();
}
