using System.Diagnostics;

namespace PlanAtlas.Tests.Cli;

/// <summary>The built executable run as a user runs it, in a folder of the test's choosing.</summary>
public static class CliProcess
{
    public sealed record Outcome(int Code, string Stderr, string Stdout)
    {
        public IEnumerable<string> ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'));
    }

    public static Outcome Run(string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "plan-atlas.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Plain output: the tests read lines, not colours.
        start.Environment["NO_COLOR"] = "1";
        start.Environment.Remove(PlanAtlas.Configuration.SettingsReader.BaseUrlVariable);
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
}
