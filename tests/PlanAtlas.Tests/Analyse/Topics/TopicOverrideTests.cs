using PlanAtlas.Analyse.Topics;
using PlanAtlas.Diagnostics;
using PlanAtlas.Model;

namespace PlanAtlas.Tests.Analyse.Topics;

/// <summary>
/// A plan's front matter can name the topic of single provisions (<c>topics: {id: topic}</c>); an override naming an
/// unknown topic or provision is an error at the key's line and column in the plan file.
/// </summary>
public sealed class TopicOverrideTests
{
    private const string Path = "input/plans/a.md";

    [Fact]
    public void An_override_places_the_provision()
    {
        var (placements, diagnostics, plan) = Align("""
            topics:
              part_1__art_1__para_2: legal-culture
            """);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var placement = placements[plan.FindDivision("part_1__art_1__para_2")!];
        Assert.Equal("legal-culture", placement.Topic?.Id);
        Assert.Equal(PlacementSource.Override, placement.Source);
        Assert.Equal(1.0, placement.Score);

        // and its neighbour keeps the topic its group heading gives it
        Assert.Equal("constitution", placements[plan.FindDivision("part_1__art_1__para_1")!].Topic?.Id);
    }

    [Fact]
    public void An_override_naming_an_unknown_topic_is_an_error_at_the_name_it_gives()
    {
        // Given a plan whose override names a topic that topics.yml does not have (line 7 of the file)
        var (_, diagnostics, _) = Align("""
            topics:
              part_1__art_1__para_1: constitutoin
            """);

        // Then the build stops with PA401 at the misspelt name
        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.UnknownTopic, error.Code);
        Assert.Equal(new SourceLocation(Path, 7, 26), error.Location);
        Assert.StartsWith("input/plans/a.md:7:26: error PA401: topic override for 'part_1__art_1__para_1' names unknown topic 'constitutoin'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_naming_an_unknown_provision_is_an_error_at_its_key()
    {
        // Given overrides written in flow style, the second naming a provision the plan does not have
        var (_, diagnostics, _) = Align("""
            topics: {part_1__art_1__para_1: constitution, part_9__art_1: constitution}
            """);

        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.UnknownProvision, error.Code);
        Assert.Equal(new SourceLocation(Path, 6, 47), error.Location);
        Assert.Contains("'part_9__art_1': no provision of the plan has this id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_naming_a_group_rather_than_a_provision_is_an_error()
    {
        var (_, diagnostics, _) = Align("""
            topics:
              part_1__art_1: constitution
            """);

        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.UnknownProvision, error.Code);
        Assert.Equal(new SourceLocation(Path, 7, 3), error.Location);
        Assert.Contains("is a group of provisions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_may_use_an_old_id_that_an_alias_maps_to_the_current_one()
    {
        var (placements, diagnostics, plan) = Align("""
            aliases: {part_1__art_1__para_9: part_1__art_1__para_2}
            topics: {part_1__art_1__para_9: legal-culture}
            """);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Equal(PlacementSource.Override, placements[plan.FindDivision("part_1__art_1__para_2")!].Source);
    }

    /// <summary>A small plan (front matter lines 1–5, then the given lines, then the body) aligned with the real topics.</summary>
    private static (IReadOnlyDictionary<Division, TopicPlacement> Placements, DiagnosticBag Diagnostics, Plan Plan) Align(string overrides)
    {
        var text = $"""
            ---
            slug: a
            title: 甲县法治社会建设实施方案（2021—2025年）
            level: county
            status: draft
            {overrides}
            ---

            一、主要任务

            1.维护宪法权威

            （1）加强宪法学习。抓好关键少数，把宪法作为学习重要内容。

            （2）加强宪法宣传。利用国家宪法日开展宪法宣传教育。

            """;
        var diagnostics = new DiagnosticBag();
        var plan = TopicCorpus.Parse(text, Path, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var placements = new AlignTopics().Run([plan], TopicCorpus.Topics, TopicCorpus.MinimumScore, diagnostics);
        return (placements, diagnostics, plan);
    }
}
