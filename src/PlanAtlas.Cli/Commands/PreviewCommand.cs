using System.CommandLine;
using System.Runtime.InteropServices;
using PlanAtlas.Configuration;
using PlanAtlas.Diagnostics;
using PlanAtlas.Preview;

namespace PlanAtlas.Cli.Commands;

/// <summary>
/// <c>preview [--port 5080] [--host 127.0.0.1] [--allow-remote]</c>: serve, build, watch and reload open pages on change.
/// </summary>
internal static class PreviewCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "port to listen on; 0 for a free one", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host")
        {
            Description = "address to listen on: localhost, 127.x or ::1; another only with --allow-remote",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var allowRemote = new Option<bool>("--allow-remote") { Description = "let --host be an address other machines can reach" };
        var command = new Command("preview", "Serve the site on 127.0.0.1, rebuild on every change and reload open pages.") { port, host, allowRemote };
        command.SetAction(parse => Run(parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(allowRemote)));
        return command;
    }

    private static int Run(string host, int port, bool allowRemote)
    {
        var root = Environment.CurrentDirectory;
        var settings = SiteSettings.Load(root);
        using var stop = new ManualResetEventSlim();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true; // stop cleanly below instead of being killed mid-write
            stop.Set();
        };
        // Likewise when a terminal closes or a service manager stops the preview.
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Set();
        });

        try
        {
            var printed = new NewDiagnostics();
            using var session = new PreviewSession(settings, root, host, port, result => Report(result, printed), allowRemote: allowRemote);
            if (session.Listen.Warning is { } warning)
            {
                Console.Error.WriteLine(warning);
            }

            var first = session.Start();
            Console.Error.WriteLine(first.Succeeded
                ? $"serving {session.Address} — Ctrl+C to stop"
                : $"serving {session.Address} (the first build failed; fix the errors above) — Ctrl+C to stop");
            stop.Wait();
        }
        catch (ServerStartException e)
        {
            Console.Error.WriteLine(e.Line);
            return 1;
        }

        Console.Error.WriteLine("stopped");
        return 0;
    }

    private static void Report(Pipeline.BuildResult result, NewDiagnostics printed)
    {
        var (shown, repeated) = printed.Of(result.Diagnostics);
        DiagnosticPrinter.Print(shown, verbose: false);
        if (repeated > 0)
        {
            Console.Error.WriteLine($"({repeated} warnings as in the last build, not repeated)");
        }

        Console.Error.WriteLine(result.Succeeded
            ? $"[{DateTime.Now:HH:mm:ss}] built in {result.Timings.Total.TotalMilliseconds:0} ms"
            : $"[{DateTime.Now:HH:mm:ss}] build failed; still serving the last good site");
    }
}
