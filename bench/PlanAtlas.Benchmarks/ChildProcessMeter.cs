using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace PlanAtlas.Benchmarks;

/// <summary>What one child process cost, measured from outside it: start-up and JIT included, as users run it.</summary>
public sealed record ChildMeasurement(
    int ExitCode,
    TimeSpan Wall,
    TimeSpan User,
    TimeSpan System,
    long PeakRssBytes,
    IReadOnlyList<string> Output,
    string Method)
{
    public TimeSpan Cpu => User + System;

    public bool Succeeded => ExitCode == 0;

    /// <summary>The last lines the child printed (stdout and stderr as they came), to show why it failed.</summary>
    public string Tail(int lines) => string.Join('\n', Output.TakeLast(lines));
}

/// <summary>
/// Runs a child process and measures its wall time, CPU time (user + sys) and peak memory (max RSS).
/// <para>
/// Wall is a Stopwatch around start and exit. CPU and peak RSS come from the kernel's accounting of the child once it
/// has exited, never from samples taken while it runs: /proc/&lt;pid&gt;/stat disappears the moment the child is
/// reaped, so the last sample before exit always misses the end of the run (for a build, the write stage).
/// </para>
/// <para>
/// With GNU time (<c>/usr/bin/time</c>) the child runs under it, which reads wait4's rusage of exactly that child;
/// <c>-o</c> keeps its line apart from the child's own stderr. Without it the meter reads the same accounting itself:
/// getrusage(RUSAGE_CHILDREN) sums the CPU of every child this process has reaped, so the difference across one run
/// (children run one at a time here) is that child's CPU. Its ru_maxrss, though, is the largest of all children ever
/// reaped, not a sum, so it only tells this child's peak when this child is the largest so far; the peak is therefore
/// also taken from /proc/&lt;pid&gt;/status VmHWM, polled while the child runs. VmHWM is the kernel's own high-water
/// mark, so a poll misses only growth after the last poll; the larger of the two is reported.
/// </para>
/// </summary>
public sealed class ChildProcessMeter(bool useGnuTime = true)
{
    private const string GnuTime = "/usr/bin/time";

    public bool UsesGnuTime { get; } = useGnuTime && File.Exists(GnuTime);

    /// <summary>Runs <paramref name="file"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>; waits for it.</summary>
    /// <param name="unset">Environment variables the child must not inherit (they would change what it does).</param>
    public ChildMeasurement Run(string file, IEnumerable<string> arguments, string workingDirectory, params string[] unset)
    {
        var timeFile = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo
            {
                FileName = UsesGnuTime ? GnuTime : file,
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (UsesGnuTime)
            {
                foreach (var argument in new[] { "-f", "%e %U %S %M", "-o", timeFile, file })
                {
                    start.ArgumentList.Add(argument);
                }
            }

            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var name in unset)
            {
                start.Environment.Remove(name);
            }

            return UsesGnuTime ? RunUnderGnuTime(start, timeFile) : RunWithRusage(start);
        }
        finally
        {
            File.Delete(timeFile);
        }
    }

    private static ChildMeasurement RunUnderGnuTime(ProcessStartInfo start, string timeFile)
    {
        var (exit, wall, output) = Execute(start, _ => { });

        // GNU time writes "Command exited with non-zero status N" before its line when the child fails.
        var fields = File.ReadAllLines(timeFile).Last(l => l.Length > 0).Split(' ');
        var seconds = (string s) => TimeSpan.FromSeconds(double.Parse(s, CultureInfo.InvariantCulture));
        var peakKiB = long.Parse(fields[3], CultureInfo.InvariantCulture);
        return new ChildMeasurement(exit, wall, seconds(fields[1]), seconds(fields[2]), peakKiB * 1024, output, "GNU time");
    }

    private static ChildMeasurement RunWithRusage(ProcessStartInfo start)
    {
        var before = Rusage.Children();
        long polledPeak = 0;
        var (exit, wall, output) = Execute(start, process =>
        {
            while (!process.HasExited)
            {
                polledPeak = Math.Max(polledPeak, VmHwm(process.Id));
                Thread.Sleep(20);
            }
        });
        var after = Rusage.Children();
        var peak = after.MaxRssKiB > before.MaxRssKiB ? Math.Max(polledPeak, after.MaxRssKiB * 1024) : polledPeak;
        return new ChildMeasurement(exit, wall, after.User - before.User, after.System - before.System, peak, output,
            "getrusage + VmHWM");
    }

    /// <summary>Starts the child, collects its output lines, runs <paramref name="whileRunning"/>, and waits for it to be reaped.</summary>
    private static (int Exit, TimeSpan Wall, List<string> Output) Execute(ProcessStartInfo start, Action<Process> whileRunning)
    {
        var output = new List<string>();
        using var process = new Process { StartInfo = start };
        DataReceivedEventHandler collect = (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.Add(e.Data);
                }
            }
        };
        process.OutputDataReceived += collect;
        process.ErrorDataReceived += collect;
        var clock = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        whileRunning(process);
        process.WaitForExit(); // also waits for the end of both streams
        clock.Stop();
        return (process.ExitCode, clock.Elapsed, output);
    }

    /// <summary>The peak resident set of a running process so far, in bytes; 0 once it is gone.</summary>
    private static long VmHwm(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>getrusage(RUSAGE_CHILDREN): what the children this process has reaped used, summed (CPU) or at most (RSS).</summary>
    private static class Rusage
    {
        private const int RusageChildren = -1;

        public static (TimeSpan User, TimeSpan System, long MaxRssKiB) Children()
        {
            if (getrusage(RusageChildren, out var usage) != 0)
            {
                throw new InvalidOperationException($"getrusage failed: errno {Marshal.GetLastPInvokeError()}");
            }

            return (usage.UserTime.ToTimeSpan(), usage.SystemTime.ToTimeSpan(), usage.MaxRss);
        }

        [DllImport("libc", SetLastError = true)]
        private static extern int getrusage(int who, out RUsage usage);

        // struct rusage on 64-bit Linux: two timevals, then fourteen longs of which only ru_maxrss (KiB) is read.
        [StructLayout(LayoutKind.Sequential)]
        private struct RUsage
        {
            public TimeVal UserTime;
            public TimeVal SystemTime;
            public long MaxRss;
            private readonly long _ixrss, _idrss, _isrss, _minflt, _majflt, _nswap, _inblock, _oublock, _msgsnd, _msgrcv, _nsignals, _nvcsw, _nivcsw;
        }

        [StructLayout(LayoutKind.Sequential)]
        private readonly struct TimeVal
        {
            private readonly long _seconds;
            private readonly long _microseconds;

            public TimeSpan ToTimeSpan() => TimeSpan.FromSeconds(_seconds) + TimeSpan.FromMicroseconds(_microseconds);
        }
    }
}
