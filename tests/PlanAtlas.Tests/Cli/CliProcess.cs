using System.Diagnostics;

namespace PlanAtlas.Tests.Cli;

/// <summary>
/// The built executable run as a user runs it, in a folder of the test's choosing: <c>dotnet plan-atlas.dll</c>, or a
/// published native executable.
/// </summary>
public static class CliProcess
{
    public sealed record Outcome(int Code, string Stderr, string Stdout)
    {
        public IEnumerable<string> ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'));
    }

    /// <param name="executable">A native executable to run instead of the test build's <c>dotnet plan-atlas.dll</c>.</param>
    public static Outcome Run(string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, string? executable = null)
    {
        var start = StartInfo(workingDirectory, args, executable);
        start.RedirectStandardInput = true;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"plan-atlas {string.Join(' ', args)} did not finish in 5 minutes");
        }

        return new Outcome(process.ExitCode, stderr.Result, stdout.Result);
    }

    /// <summary>How to start the CLI with <paramref name="args"/>, both output streams redirected.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args, string? executable = null)
    {
        var start = new ProcessStartInfo(executable ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        if (executable is null)
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "plan-atlas.dll"));
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Plain output: the tests read lines, not colours.
        start.Environment["NO_COLOR"] = "1";
        start.Environment.Remove(PlanAtlas.Configuration.SettingsReader.BaseUrlVariable);
        return start;
    }
}
