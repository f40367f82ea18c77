using System.CommandLine;
using PlanAtlas.Cli.Commands;

namespace PlanAtlas.Tests.Cli;

/// <summary>
/// A fault of Plan Atlas itself (an exception no stage turned into a finding) ends as one line and exit code 70;
/// the stack only with --verbose. Console.Error is swapped, so the tests of this class run one at a time.
/// </summary>
[Collection(nameof(ExitCodesTests))]
public sealed class ExitCodesTests
{
    [Fact]
    public void An_escaping_exception_is_one_line_and_exit_code_70()
    {
        var (code, stderr) = Run("boom");

        Assert.Equal(ExitCodes.Internal, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("error PA000: internal error: InvalidOperationException: the disk said no (run with --verbose for details)", line.TrimEnd());
    }

    [Fact]
    public void With_verbose_the_stack_follows_the_line()
    {
        var (code, stderr) = Run("boom", "--verbose");

        Assert.Equal(ExitCodes.Internal, code);
        Assert.StartsWith("error PA000: internal error: InvalidOperationException: the disk said no", stderr, StringComparison.Ordinal);
        Assert.Contains("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var (code, _) = Run("boom", "--frobnicate");

        Assert.Equal(ExitCodes.Usage, code);
    }

    private static (int Code, string Stderr) Run(params string[] args)
    {
        var verbose = new Option<bool>("--verbose");
        var boom = new Command("boom") { verbose };
        boom.SetAction(new Func<ParseResult, int>(_ => throw new InvalidOperationException("the disk said no")));
        var root = new RootCommand { boom };
        var error = new StringWriter();
        var previous = Console.Error;
        Console.SetError(error);
        try
        {
            return (ExitCodes.Run(root, args), error.ToString());
        }
        finally
        {
            Console.SetError(previous);
        }
    }
}
