using System.CommandLine;
using PlanAtlas.Configuration;
using PlanAtlas.Diagnostics;

namespace PlanAtlas.Cli.Commands;

/// <summary>
/// What a command's exit code means, the same for every command: 0 done, 1 the input has errors (printed as
/// located lines), 2 the command line was wrong, 70 a fault of Plan Atlas itself (one line; the stack only with
/// --verbose). A user's mistake never shows a stack trace.
/// </summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int InputErrors = 1;
    public const int Usage = 2;
    public const int Internal = 70;

    public static int Run(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        try
        {
            var code = parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            return parse.Errors.Count > 0 ? Usage : code;
        }
        catch (SettingsException ex)
        {
            DiagnosticPrinter.Print(ex.Diagnostics, verbose: false);
            return InputErrors;
        }
        catch (Exception ex)
        {
            var verbose = args.Contains("--verbose") || args.Contains("-v");
            var inner = ex is AggregateException { InnerExceptions.Count: 1 } one ? one.InnerExceptions[0] : ex;
            Console.Error.WriteLine($"error {DiagnosticCodes.InternalError}: internal error: {inner.GetType().Name}: {OneLine(inner.Message)}" +
                (verbose ? string.Empty : " (run with --verbose for details)"));
            if (verbose)
            {
                Console.Error.WriteLine(ex);
            }

            return Internal;
        }
    }

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
