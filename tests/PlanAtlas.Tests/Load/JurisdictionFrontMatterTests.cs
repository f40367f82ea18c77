using PlanAtlas.Diagnostics;
using PlanAtlas.Load;

namespace PlanAtlas.Tests.Load;

/// <summary>The front matter's <c>jurisdiction:</c>: read with where it stands; its meaning is checked against the register later.</summary>
public sealed class JurisdictionFrontMatterTests
{
    [Fact]
    public void The_code_is_kept_with_where_it_and_the_level_stand()
    {
        var diagnostics = new DiagnosticBag();

        var metadata = Read("level: county\njurisdiction: 511725", diagnostics);

        Assert.Empty(diagnostics.Items);
        var reference = metadata!.Jurisdiction!;
        Assert.Equal("511725", reference.Code);
        Assert.Equal(new SourceLocation("a.md", 5, 15), reference.CodeAt);
        Assert.Equal(new SourceLocation("a.md", 4, 8), reference.LevelAt);
    }

    [Fact]
    public void A_quoted_code_is_the_same_code()
    {
        var metadata = Read("level: county\njurisdiction: \"511725\"", new DiagnosticBag());

        Assert.Equal("511725", metadata!.Jurisdiction!.Code);
    }

    [Fact]
    public void A_plan_without_a_jurisdiction_still_loads()
    {
        var diagnostics = new DiagnosticBag();

        var metadata = Read("level: county", diagnostics);

        Assert.NotNull(metadata);
        Assert.Null(metadata.Jurisdiction);
        Assert.Empty(diagnostics.Items);
    }

    [Theory]
    [InlineData("渠县")]
    [InlineData("51172")]
    [InlineData("5117250")]
    [InlineData("011725")]
    public void A_value_that_is_not_a_six_digit_code_is_an_error_at_the_value(string value)
    {
        var diagnostics = new DiagnosticBag();

        var metadata = Read($"level: county\njurisdiction: {value}", diagnostics);

        Assert.Null(metadata);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCodes.UnknownJurisdiction, error.Code);
        Assert.Equal(new SourceLocation("a.md", 5, 15), error.Location);
    }

    [Fact]
    public void A_list_is_no_code()
    {
        var diagnostics = new DiagnosticBag();

        var metadata = Read("level: county\njurisdiction: [511725, 511700]", diagnostics);

        Assert.Null(metadata);
        Assert.Equal(DiagnosticCodes.InvalidField, Assert.Single(diagnostics.Items).Code);
    }

    private static Model.PlanMetadata? Read(string fields, DiagnosticBag diagnostics)
    {
        // Line 2 is slug, 3 title; the fields start on line 4.
        var yaml = $"slug: a\ntitle: 甲县法治社会建设实施方案\n{fields}";
        return FrontMatterReader.Read(yaml, "a.md", diagnostics, out _);
    }
}
