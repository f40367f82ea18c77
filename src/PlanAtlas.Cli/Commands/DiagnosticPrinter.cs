using PlanAtlas.Diagnostics;
using Spectre.Console;

namespace PlanAtlas.Cli.Commands;

/// <summary>Prints findings on stderr as <c>path:line:col: error CODE: message</c>, the form editors and CI understand.</summary>
internal static class DiagnosticPrinter
{
    /// <summary>Wider than any finding: a line is never wrapped, so that editors and CI can parse path:line:col.</summary>
    public const int NoWrapWidth = 100_000;

    public static void Print(IEnumerable<Diagnostic> diagnostics, bool verbose)
    {
        var stderr = StandardError();
        foreach (var d in diagnostics)
        {
            if (d.Severity == Severity.Info && !verbose)
            {
                continue;
            }

            var colour = d.Severity switch
            {
                Severity.Error => "red",
                Severity.Warning => "yellow",
                _ => "grey",
            };

            // Plan text (square brackets included) is data, never markup.
            stderr.MarkupLine($"[{colour}]{Markup.Escape(d.ToString())}[/]");
        }
    }

    /// <summary>
    /// A console on stderr, made at each call so that it sees the stream of the moment; Spectre leaves colour out
    /// when NO_COLOR is set or stderr is redirected.
    /// </summary>
    private static IAnsiConsole StandardError()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
        });
        console.Profile.Width = NoWrapWidth;
        return console;
    }
}
