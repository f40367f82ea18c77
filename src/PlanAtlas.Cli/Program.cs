using System.CommandLine;
using PlanAtlas.Cli.Commands;
using Spectre.Console;

// In a pipe or a log Spectre assumes 80 columns and wraps summary lines; a log is read by tools, so never wrap there.
if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = DiagnosticPrinter.NoWrapWidth;
}

var root = new RootCommand("Plan Atlas: builds the reference site of the local rule-of-law society plans.");
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(BundleCommand.Create());
root.Subcommands.Add(PreviewCommand.Create());
return ExitCodes.Run(root, args);
