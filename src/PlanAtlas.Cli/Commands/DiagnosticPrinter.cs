using PlanAtlas.Diagnostics;

namespace PlanAtlas.Cli.Commands;

/// <summary>Prints findings as <c>path:line:col: error CODE: message</c>, the form editors and CI understand.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, bool verbose)
    {
        // Plain lines, never wrapped, so that editors and CI can parse path:line:col.
        var colour = !Console.IsErrorRedirected;
        foreach (var d in diagnostics)
        {
            if (d.Severity == Severity.Info && !verbose)
            {
                continue;
            }

            var code = d.Severity switch
            {
                Severity.Error => "31",
                Severity.Warning => "33",
                _ => "90",
            };
            Console.Error.WriteLine(colour ? $"\u001b[{code}m{d}\u001b[0m" : d.ToString());
        }
    }
}
