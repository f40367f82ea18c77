namespace PlanAtlas.Tests.Cli;

/// <summary>The executable as a user runs it: exit codes, messages on stderr in <c>path:line:col: error CODE: message</c> form.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TempSite _site = new();

    [Fact]
    public void Build_succeeds_with_exit_code_0_and_writes_the_site()
    {
        _site.WritePlan("a.md", SitePlans.Minimal);

        var (code, _, stdout) = Run("build");

        Assert.Equal(0, code);
        Assert.Contains("built", stdout);
        Assert.True(File.Exists(Path.Combine(_site.Root, "output", "index.html")));
    }

    [Fact]
    public void Build_with_an_error_exits_with_1_and_prints_the_location_and_code()
    {
        _site.WritePlan("a.md", SitePlans.Minimal.Replace("level: county", "level: city"));

        var (code, stderr, _) = Run("build");

        Assert.Equal(1, code);
        Assert.Contains("input/plans/a.md:4:8: error PA005: unknown level 'city'", stderr);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "output")));
    }

    [Fact]
    public void Import_writes_the_plan_file_beside_the_sources_folder_and_warns_on_stderr()
    {
        Directory.CreateDirectory(Path.Combine(_site.Root, "input", "sources"));
        File.WriteAllText(Path.Combine(_site.Root, "input", "sources", "b.txt"), "乙县法治社会建设实施方案\n一、总体要求\n(1)加强学习。学习。\n");

        var (code, stderr, _) = Run("import", "input/sources/b.txt");

        Assert.Equal(0, code);
        Assert.Contains("input/sources/b.txt:1:1: warning PA102:", stderr);
        Assert.StartsWith("---\nslug: b\ntitle: 乙县法治社会建设实施方案\n", File.ReadAllText(Path.Combine(_site.Root, "input", "plans", "b.md")));
    }

    [Fact]
    public void Import_leaves_an_existing_plan_file_as_it_was_unless_forced()
    {
        Directory.CreateDirectory(Path.Combine(_site.Root, "input", "sources"));
        File.WriteAllText(Path.Combine(_site.Root, "input", "sources", "b.txt"), "乙县法治社会建设实施方案\n一、总体要求\n(1)加强学习。学习。\n");
        var plan = Path.Combine(_site.Root, "input", "plans", "b.md");
        Directory.CreateDirectory(Path.GetDirectoryName(plan)!);
        File.WriteAllText(plan, "reviewed by hand\n");

        var (code, stderr, _) = Run("import", "input/sources/b.txt");

        Assert.Equal(1, code);
        Assert.Contains("input/plans/b.md:1:1: error PA016: the plan file already exists and was left as it was", stderr);
        Assert.Equal("reviewed by hand\n", File.ReadAllText(plan));

        var (forced, _, _) = Run("import", "input/sources/b.txt", "--force");

        Assert.Equal(0, forced);
        Assert.StartsWith("---\nslug: b\n", File.ReadAllText(plan));
    }

    [Theory]
    [InlineData("input/sources/none.txt", "does not exist")]
    [InlineData("input", "is a folder, not a text file")]
    public void Import_of_a_missing_text_is_a_located_error(string source, string says)
    {
        Directory.CreateDirectory(Path.Combine(_site.Root, "input"));

        var (code, stderr, _) = Run("import", source);

        Assert.Equal(1, code);
        Assert.Contains($"{source}:1:1: error PA015: the text to import {says}", stderr);
        Assert.DoesNotContain("PA000", stderr);
    }

    private (int Code, string Stderr, string Stdout) Run(params string[] args)
    {
        _site.PrepareForCommandLine();
        var outcome = CliProcess.Run(_site.Root, args);
        return (outcome.Code, outcome.Stderr, outcome.Stdout);
    }

    public void Dispose() => _site.Dispose();
}
