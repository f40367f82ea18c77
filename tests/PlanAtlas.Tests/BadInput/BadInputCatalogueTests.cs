using PlanAtlas.Tests.Cli;
using PlanAtlas.Tests.Specs;

namespace PlanAtlas.Tests.BadInput;

/// <summary>
/// The catalogue of bad inputs (BadInput/Cases/*.spec.md): each case changes a throwaway project, runs the real
/// executable, and must end with its exit code, its located lines, no stack trace, and — when it fails — every file
/// of the project, its previous output and a canary beside it exactly as they were.
/// </summary>
public sealed class BadInputCatalogueTests(BuiltProjectFixture built) : IClassFixture<BuiltProjectFixture>
{
    private const string Folder = "BadInput/Cases";

    public static IEnumerable<object[]> Cases => SpecFile.Keys(Folder);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gets_one_located_error_and_loses_nothing(string key)
    {
        var example = SpecFile.Find(Folder, key);
        var @case = BadInputCase.From(example);
        using var project = built.NewCopy();
        foreach (var (path, content) in @case.Files)
        {
            project.Write(path, content);
        }

        var before = ThrowawayProject.HashesOf(project.Outer);
        var outcome = CliProcess.Run(project.Root, @case.Args);
        var after = ThrowawayProject.HashesOf(project.Outer);

        var lines = outcome.ErrorLines.ToList();
        Assert.True(@case.Exit == outcome.Code, $"{key}: exit {outcome.Code}, expected {@case.Exit}\n{outcome.Stderr}");
        foreach (var expected in @case.Lines)
        {
            Assert.True(lines.Any(l => l.StartsWith(expected, StringComparison.Ordinal)), $"{key}: no line starts with '{expected}' in\n{outcome.Stderr}");
        }

        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal) || l.Contains("Unhandled exception", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("PA000", StringComparison.Ordinal));
        if (@case.Exit == 0)
        {
            // A build that succeeds with a warning replaces only its output.
            Assert.Equal(Outside(before, "project/output/"), Outside(after, "project/output/"));
        }
        else
        {
            Assert.Equal(before, after);
        }
    }

    private static SortedDictionary<string, string> Outside(SortedDictionary<string, string> hashes, string prefix) =>
        new(hashes.Where(h => !h.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(), StringComparer.Ordinal);
}
