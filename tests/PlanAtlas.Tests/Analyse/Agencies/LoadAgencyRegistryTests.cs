using PlanAtlas.Analyse.Agencies;
using PlanAtlas.Diagnostics;
using PlanAtlas.Model;

namespace PlanAtlas.Tests.Analyse.Agencies;

/// <summary>Reading input/agencies.yml: the real registry, and every mistake as a clear error at its line and column.</summary>
public sealed class LoadAgencyRegistryTests
{
    private const string Path = "input/agencies.yml";

    [Fact]
    public void The_real_registry_loads_without_findings()
    {
        // Given the registry of the repository
        var diagnostics = new DiagnosticBag();

        // When it is read
        var registry = LoadAgencyRegistry.Parse(File.ReadAllText(AgencyCorpus.RegistryPath), Path, diagnostics);

        // Then nothing is reported, and its entries are patterns with the jurisdiction placed
        Assert.Empty(diagnostics.Items);
        Assert.True(registry.IsPresent);
        Assert.Contains(registry.Kinds, k => k.Id == "justice" && k.Name == "司法行政机关");
        var justice = Assert.Single(registry.Agencies, a => a.Slug == "justice");
        Assert.Equal("*司法局", justice.Name);
        Assert.Equal("justice", justice.Kind.Id);
        var youth = Assert.Single(registry.Agencies, a => a.Slug == "youth-league");
        Assert.Equal("共青团*委员会", youth.Name);
        Assert.Contains("团*委", youth.Aliases);
        var court = Assert.Single(registry.Agencies, a => a.Slug == "court");
        Assert.Equal("*中级人民法院", court.NameFor(PlanLevel.Prefecture));
        Assert.Equal("*人民法院", court.NameFor(PlanLevel.County));
    }

    [Fact]
    public void A_duplicate_slug_is_an_error_at_the_second_slug()
    {
        // Given two agencies with the slug 'justice'
        var yaml = RegistryText.Kinds + """

            agencies:
              - slug: justice
                name: 司法局
                kind: justice
              - slug: justice
                name: 司法行政局
                kind: justice
            """;

        // When the registry is read
        var diagnostics = new DiagnosticBag();
        var registry = LoadAgencyRegistry.Parse(yaml, Path, diagnostics);

        // Then the second slug is reported, naming the first's line
        var error = Assert.Single(diagnostics.Items);
        var (line, column) = RegistryText.Locate(yaml, "justice", 4);
        var first = RegistryText.Locate(yaml, "justice", 2).Line;
        Assert.Equal(new SourceLocation(Path, line, column), error.Location);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(DiagnosticCodes.RegistryError, error.Code);
        Assert.Contains($"duplicate agency slug 'justice': already used at line {first}", error.Message);
        Assert.StartsWith($"{Path}:{line}:{column}: error PA405: ", error.ToString());
        Assert.Single(registry.Agencies);
    }

    [Fact]
    public void An_alias_claimed_by_two_agencies_is_an_error_at_the_second_claim()
    {
        // Given two agencies that both claim 委办
        var yaml = RegistryText.Kinds + """

            agencies:
              - slug: party-office
                name: 委办公室
                kind: party-office
                aliases: [委办]
              - slug: party-general-office
                name: 委办事处
                kind: party-office
                aliases: [委办事, 委办]
            """;

        // When the registry is read
        var diagnostics = new DiagnosticBag();
        LoadAgencyRegistry.Parse(yaml, Path, diagnostics);

        // Then the second claim is reported with the agency that holds it and where
        var error = Assert.Single(diagnostics.Items);
        var (line, column) = RegistryText.Locate(yaml, "委办]", 2);
        var first = RegistryText.Locate(yaml, "委办]", 1);
        Assert.Equal(new SourceLocation(Path, line, column), error.Location);
        Assert.Equal(DiagnosticCodes.RegistryError, error.Code);
        Assert.Contains(
            $"alias '委办' of agency 'party-general-office' is already claimed by agency 'party-office' at line {first.Line}:{first.Column}",
            error.Message);
    }

    [Theory]
    [InlineData("委办", "*委办")]      // the jurisdiction is implied at the start…
    [InlineData("*委办", "委办")]      // …or written: the same pattern
    [InlineData("委办", "委办公室")]   // an alias that is another agency's name
    public void A_name_written_with_or_without_the_jurisdiction_mark_is_the_same_claim(string first, string second)
    {
        var yaml = RegistryText.Kinds + $"""

            agencies:
              - slug: one
                name: 委办公室
                kind: party-office
                aliases: ["{first}"]
              - slug: two
                name: 委综合办公室
                kind: party-office
                aliases: ["{second}"]
            """;
        var diagnostics = new DiagnosticBag();

        LoadAgencyRegistry.Parse(yaml, Path, diagnostics);

        var error = Assert.Single(diagnostics.Items);
        Assert.Contains("already claimed by agency 'one'", error.Message);
    }

    [Fact]
    public void An_unknown_kind_is_an_error_at_the_kind()
    {
        var yaml = RegistryText.Kinds + """

            agencies:
              - slug: court
                name: 人民法院
                kind: courts
            """;
        var diagnostics = new DiagnosticBag();

        var registry = LoadAgencyRegistry.Parse(yaml, Path, diagnostics);

        var error = Assert.Single(diagnostics.Items);
        var (line, column) = RegistryText.Locate(yaml, "courts");
        Assert.Equal(new SourceLocation(Path, line, column), error.Location);
        Assert.Contains("unknown kind 'courts'", error.Message);
        Assert.Contains("party-office, justice", error.Message);
        Assert.Empty(registry.Agencies);
    }

    [Fact]
    public void Invalid_yaml_is_an_error_where_the_parser_stopped()
    {
        var yaml = RegistryText.Kinds + """

            agencies:
              - slug: justice
                name: 司法局
                kind: justice
                aliases: [司法行政局
            """;
        var diagnostics = new DiagnosticBag();

        LoadAgencyRegistry.Parse(yaml, Path, diagnostics);

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCodes.RegistryError, error.Code);
        Assert.Contains("agencies.yml is not valid YAML", error.Message);
        Assert.True(error.Location.Line >= RegistryText.Locate(yaml, "aliases").Line, error.ToString());
    }

    [Theory]
    [InlineData("alias: [委办]", "alias", "unknown agency field 'alias'")]
    [InlineData("aliases: [有关部门]", "有关部门", "is a catch-all phrase")]
    [InlineData("aliases: [团**委]", "团**委", "at most one '*'")]
    [InlineData("levels: { city: 中级人民法院 }", "city", "unknown level 'city'")]
    public void Other_mistakes_are_errors_at_their_place(string line, string at, string message)
    {
        var yaml = RegistryText.Kinds + $"""

            agencies:
              - slug: party-office
                name: 委办公室
                kind: party-office
                {line}
            """;
        var diagnostics = new DiagnosticBag();

        LoadAgencyRegistry.Parse(yaml, Path, diagnostics);

        var error = Assert.Single(diagnostics.Items);
        var (l, c) = RegistryText.Locate(yaml, at);
        Assert.Equal(new SourceLocation(Path, l, c), error.Location);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_missing_field_is_an_error_at_the_entry()
    {
        var yaml = RegistryText.Kinds + """

            agencies:
              - slug: justice
                kind: justice
            """;
        var diagnostics = new DiagnosticBag();

        LoadAgencyRegistry.Parse(yaml, Path, diagnostics);

        var error = Assert.Single(diagnostics.Items);
        var (line, column) = RegistryText.Locate(yaml, "slug: justice");
        Assert.Equal(new SourceLocation(Path, line, column), error.Location);
        Assert.Contains("agency has no 'name'", error.Message);
    }

    [Fact]
    public void A_slug_kept_for_unregistered_names_is_refused()
    {
        var yaml = RegistryText.Kinds + """

            agencies:
              - slug: x-justice
                name: 司法局
                kind: justice
            """;
        var diagnostics = new DiagnosticBag();

        LoadAgencyRegistry.Parse(yaml, Path, diagnostics);

        Assert.Contains("not starting with 'x-'", Assert.Single(diagnostics.Items).Message);
    }
}
