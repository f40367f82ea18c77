namespace PlanAtlas.Cli.Commands;

/// <summary>Prints each stage as it starts. Progress&lt;T&gt; would post to the thread pool and print out of order.</summary>
internal sealed class ConsoleProgress : IProgress<string>
{
    public void Report(string value) => Console.Error.WriteLine($"  {value}…");
}
