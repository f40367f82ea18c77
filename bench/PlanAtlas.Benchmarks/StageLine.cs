using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanAtlas.Benchmarks;

/// <summary>One stage of the build and how long the CLI says it took.</summary>
public sealed record StageTime(string Stage, double Milliseconds);

/// <summary>
/// Reads the stage timings the CLI prints at the end of a build (<c>load 396 ms, structure 793 ms, …, swap 1 ms</c>).
/// The line is parsed rather than the stages named here, so a stage added to the pipeline shows up by itself.
/// </summary>
public static partial class StageLine
{
    /// <summary>The stages of the last such line in the output; empty when the CLI printed none.</summary>
    public static IReadOnlyList<StageTime> Parse(IEnumerable<string> output)
    {
        var line = output.Select(StripAnsi).LastOrDefault(l => WholeLine().IsMatch(l));
        return line is null
            ? []
            : Stage().Matches(line)
                .Select(m => new StageTime(m.Groups["stage"].Value, double.Parse(m.Groups["ms"].Value, CultureInfo.InvariantCulture)))
                .ToList();
    }

    // Spectre prints no colour into a pipe today; stripped anyway so a change of console profile cannot hide the line.
    private static string StripAnsi(string line) => Ansi().Replace(line, string.Empty).Trim();

    [GeneratedRegex(@"^[a-z][a-z ]*? \d+ ms(, [a-z][a-z ]*? \d+ ms)*$")]
    private static partial Regex WholeLine();

    [GeneratedRegex(@"(?<stage>[a-z][a-z ]*?) (?<ms>\d+) ms")]
    private static partial Regex Stage();

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex Ansi();
}
