using System.CommandLine;
using PlanAtlas.Configuration;
using PlanAtlas.Diagnostics;
using PlanAtlas.Preview;

namespace PlanAtlas.Cli.Commands;

/// <summary><c>preview [--port 5080] [--host 127.0.0.1]</c>: build, serve, watch and reload open pages on change.</summary>
internal static class PreviewCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "port to listen on", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "address to bind; loopback unless you mean to share it", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("preview", "Serve the site on 127.0.0.1, rebuild on every change and reload open pages.") { port, host };
        command.SetAction(parse => Run(parse.GetValue(host)!, parse.GetValue(port)));
        return command;
    }

    private static int Run(string host, int port)
    {
        var root = Environment.CurrentDirectory;
        var settings = SiteSettings.Load(root);
        using var stop = new ManualResetEventSlim();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true; // stop cleanly below instead of being killed mid-write
            stop.Set();
        };

        using var session = new PreviewSession(settings, root, host, port, Report);
        var first = session.Start();
        Console.Error.WriteLine(first.Succeeded
            ? $"serving {session.Address} — Ctrl+C to stop"
            : $"serving {session.Address} (the first build failed; fix the errors above) — Ctrl+C to stop");
        stop.Wait();
        Console.Error.WriteLine("stopped");
        return 0;
    }

    private static void Report(Pipeline.BuildResult result)
    {
        DiagnosticPrinter.Print(result.Diagnostics.Where(d => d.Severity != Severity.Info), verbose: false);
        Console.Error.WriteLine(result.Succeeded
            ? $"[{DateTime.Now:HH:mm:ss}] built in {result.Timings.Total.TotalMilliseconds:0} ms"
            : $"[{DateTime.Now:HH:mm:ss}] build failed; still serving the last good site");
    }
}
