using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace PlanAtlas.Tests.Search;

/// <summary>
/// Runs one of the tests/js scripts under node with a JSON request on stdin. A missing node is a failure, never a
/// skip: these tests are the proof that the browser's engine answers what the substring scan answers.
/// </summary>
internal static class SearchNodeRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string Run(string script, string stdin)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = utf8,
            StandardOutputEncoding = utf8,
            StandardErrorEncoding = utf8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "tests", "js", script));

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("`node` is not on PATH; the search tests need Node.js 20+ and `npm ci`.", e);
        }

        using (process)
        {
            // Read both pipes before writing, or a large index fills a pipe and both sides wait.
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"node {script} took longer than {Timeout}.");
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"node {script} exited with {process.ExitCode}:\n{stderr.Result}");
            }

            return stdout.Result;
        }
    }
}
