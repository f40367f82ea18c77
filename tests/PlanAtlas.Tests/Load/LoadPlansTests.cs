using PlanAtlas.Diagnostics;

namespace PlanAtlas.Tests.Load;

public sealed class LoadPlansTests
{
    private const string ValidPlan = "---\nslug: a\ntitle: 甲县法治社会建设实施方案\nlevel: county\n---\n\n一、任务\n\n1.加强宪法学习。开展学习。\n";

    [Fact]
    public void A_file_that_is_not_UTF8_is_an_error_at_the_bad_byte()
    {
        // Given a plan saved in GBK: "法治" is 0xB7 0xA8 0xD6 0xCE, and 0xB7 cannot start a UTF-8 character
        using var site = new TempSite();
        var head = System.Text.Encoding.UTF8.GetBytes("---\nslug: a\ntitle: t\nlevel: county\n---\n\nab");
        site.WritePlanBytes("a.md", [.. head, 0xB7, 0xA8, 0xD6, 0xCE, (byte)'\n']);

        // When the site is built
        var result = site.Build();

        // Then the build fails at line 7, column 3 (after "ab")
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.InvalidUtf8, error.Code);
        Assert.Equal(("input/plans/a.md", 7, 3), (error.Location.Path, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Two_plans_with_the_same_slug_are_an_error_naming_both_files()
    {
        // Given two files that both say slug: a
        using var site = new TempSite();
        site.WritePlan("a.md", ValidPlan);
        site.WritePlan("b.md", ValidPlan);

        // When the site is built
        var result = site.Build();

        // Then the second file is reported with the first one named
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.DuplicateSlug, error.Code);
        Assert.Equal("input/plans/b.md", error.Location.Path);
        Assert.Contains("input/plans/a.md", error.Message);
        Assert.Equal("input/plans/b.md:2:7: error PA007: slug 'a' is already used by input/plans/a.md", error.ToString());
    }

    [Fact]
    public void A_slug_that_is_not_the_file_name_is_a_warning_and_only_then()
    {
        // Given one plan in a.md with slug a, and one in c.md with slug b
        using var site = new TempSite();
        site.WritePlan("a.md", ValidPlan);
        site.WritePlan("c.md", ValidPlan.Replace("slug: a", "slug: b"));

        // When the site is built
        var result = site.Build();

        // Then it is built, with one warning at c.md's slug
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.SlugNotFileName);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(("input/plans/c.md", 2, 7), (warning.Location.Path, warning.Location.Line, warning.Location.Column));
        Assert.Contains("plans/b/", warning.Message);
    }

    [Theory]
    [InlineData("gone.md")]
    [InlineData("b.md")] // b.md links to itself: a loop, which leads to nothing either
    public void A_plan_file_that_is_a_link_to_nothing_is_a_located_error(string target)
    {
        // Given a good plan and a plan file that is a symbolic link leading nowhere
        using var site = new TempSite();
        site.WritePlan("a.md", ValidPlan);
        File.CreateSymbolicLink(Path.Combine(site.Root, "input", "plans", "b.md"), target);

        // When the site is built
        var result = site.Build();

        // Then the link is an error at its own path that names its target, and nothing is written
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.UnreadableFile, error.Code);
        Assert.Equal(("input/plans/b.md", 1, 1), (error.Location.Path, error.Location.Line, error.Location.Column));
        Assert.Contains($"is a link to '{target}', which does not exist", error.Message);
        Assert.False(Directory.Exists(site.Output));
    }
}
