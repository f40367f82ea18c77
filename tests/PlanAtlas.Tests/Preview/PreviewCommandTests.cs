using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Preview;

/// <summary><c>plan-atlas preview</c> as a user runs it: what it prints, its exit code, and Ctrl+C.</summary>
public sealed partial class PreviewCommandTests : IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);
    private readonly TempSite _site = new();

    public PreviewCommandTests() => _site.WritePlan("a.md", SitePlans.Minimal);

    [Fact]
    public async Task A_busy_port_is_one_error_line_and_exit_code_1_with_nothing_built()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (code, _, stderr) = await ProcessRunner.RunAsync(Preview("--port", port.ToString()), Generous, CancellationToken.None);

        Assert.Equal(1, code);
        Assert.Equal($"error PA030: port {port} on 127.0.0.1 is in use; choose another with --port, or --port 0 for a free one\n", stderr);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.1.10")]
    public async Task A_host_other_machines_could_reach_is_refused_without_allow_remote(string host)
    {
        var (code, _, stderr) = await ProcessRunner.RunAsync(Preview("--host", host, "--port", "0"), Generous, CancellationToken.None);

        Assert.Equal(1, code);
        Assert.StartsWith($"error PA031: host {host} is not a loopback address;", stderr);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public async Task Port_0_prints_the_real_address_which_serves_and_ctrl_c_stops_with_exit_code_0()
    {
        using var process = Process.Start(Preview("--port", "0"))!;
        var stderr = new List<string>();

        // Both pipes are read: a preview that fills an unread stdout pipe would block on its next write.
        var stdout = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => stdout.Enqueue(e.Data ?? string.Empty);
        process.BeginOutputReadLine();
        try
        {
            var serving = await ReadUntilAsync(process, stderr, ServingLine());
            using var client = new HttpClient { Timeout = Generous };
            // The script, not a page: this site has no theme, so its build fails and the address serves only preview's own files.
            using var response = await client.GetAsync(serving.Groups["address"].Value + PlanAtlas.Preview.LiveReload.ScriptPath.TrimStart('/'));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            using (var interrupt = Process.Start("kill", ["-INT", process.Id.ToString()]))
            {
                await interrupt.WaitForExitAsync();
            }

            await ReadUntilAsync(process, stderr, StoppedLine());
            using var timeout = new CancellationTokenSource(Generous);
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    private ProcessStartInfo Preview(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _site.Root, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "plan-atlas.dll"));
        start.ArgumentList.Add("preview");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private static async Task<Match> ReadUntilAsync(Process process, List<string> seen, Regex line)
    {
        using var timeout = new CancellationTokenSource(Generous);
        try
        {
            while (await process.StandardError.ReadLineAsync(timeout.Token) is { } next)
            {
                seen.Add(next);
                if (line.Match(next) is { Success: true } match)
                {
                    return match;
                }
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"The preview did not print /{line}/ within {Generous.TotalSeconds:0} s (exited: {process.HasExited}); it printed:\n{string.Join('\n', seen)}");
        }

        Assert.Fail($"The preview ended without printing /{line}/:\n{string.Join('\n', seen)}");
        return null!;
    }

    [GeneratedRegex(@"^serving (?<address>http://127\.0\.0\.1:(?!0/)\d+/)")]
    private static partial Regex ServingLine();

    [GeneratedRegex("^stopped$")]
    private static partial Regex StoppedLine();

    public void Dispose() => _site.Dispose();
}
