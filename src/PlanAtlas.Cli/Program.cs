using System.CommandLine;
using PlanAtlas.Cli.Commands;

var root = new RootCommand("Plan Atlas: builds the reference site of the local rule-of-law society plans.");
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(BundleCommand.Create());
root.Subcommands.Add(PreviewCommand.Create());
return ExitCodes.Run(root, args);
