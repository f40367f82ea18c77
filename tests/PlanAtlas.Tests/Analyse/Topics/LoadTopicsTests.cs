using PlanAtlas.Analyse.Topics;
using PlanAtlas.Diagnostics;

namespace PlanAtlas.Tests.Analyse.Topics;

/// <summary>input/topics.yml: the outline's 28 measures, and clear errors at line and column for a wrong file.</summary>
public sealed class LoadTopicsTests
{
    [Fact]
    public void The_real_file_lists_the_outlines_28_measures_in_order()
    {
        var diagnostics = new DiagnosticBag();
        var topics = LoadTopics.Parse(File.ReadAllText(Path.Combine(RepoPaths.Input, "topics.yml")), "input/topics.yml", diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(Enumerable.Range(1, 28), topics.Select(t => t.Number));
        Assert.Equal(
            ["guiding-thought", "principles", "objectives", "constitution", "legal-awareness", "publicity-responsibility",
             "legal-culture", "social-legislation", "social-norms", "moral-norms", "social-credit", "public-participation",
             "law-enforcement-rights", "judicial-protection", "public-legal-services", "social-responsibility",
             "governance-system", "multilevel-governance", "social-organizations", "public-safety", "dispute-resolution",
             "cyber-legislation", "cyber-awareness", "cyber-security", "leadership", "coordination", "accountability",
             "research-guidance"],
            topics.Select(t => t.Id));
        Assert.Equal(7, topics.Select(t => t.Part).Distinct().Count());
        Assert.Equal("（四）", topics[3].Marker);
        Assert.Equal("维护宪法权威", topics[3].Title);
        Assert.Equal("二、推动全社会增强法治观念", topics[3].Part);
        Assert.All(topics, t => Assert.InRange(t.Keywords.Count, 3, 10));
    }

    [Fact]
    public void A_duplicate_id_is_an_error_at_the_second_id()
    {
        var (topics, errors) = Parse("""
            - id: constitution
              number: 4
              part: 二、推动全社会增强法治观念
              title: 维护宪法权威
            - id: constitution
              number: 5
              part: 二、推动全社会增强法治观念
              title: 增强全民法治观念
            """);

        Assert.Single(topics);
        Assert.Equal(["topics.yml:5:7: error PA405: topic id 'constitution' is already used at line 1"], errors);
    }

    [Fact]
    public void A_missing_field_is_an_error_at_its_topic()
    {
        var (topics, errors) = Parse("""
            - id: constitution
              number: 4
              title: 维护宪法权威
              keywords: [宪法]
            """);

        Assert.Empty(topics);
        Assert.Equal(["topics.yml:1:3: error PA405: topic has no 'part'"], errors);
    }

    [Fact]
    public void Wrong_values_are_errors_at_the_value()
    {
        var (_, errors) = Parse("""
            - id: Constitution
              number: four
              part: 二、推动全社会增强法治观念
              title: ""
              keywords: 宪法
              keyword: [宪法]
            """);

        Assert.Equal(
            [
                "topics.yml:1:7: error PA405: topic id 'Constitution' must be lower-case ASCII letters, digits and hyphens",
                "topics.yml:2:11: error PA405: topic number must be a whole number from 1, not 'four'",
                "topics.yml:4:10: error PA405: topic field 'title' must be a non-empty text",
                "topics.yml:5:13: error PA405: topic field 'keywords' must be a list: [宪法, 宪法宣誓]",
                "topics.yml:6:3: error PA405: unknown topic field 'keyword'; expected id, number, part, title, keywords",
            ],
            errors);
    }

    [Fact]
    public void A_duplicate_number_is_an_error()
    {
        var (_, errors) = Parse("""
            - {id: a, number: 1, part: 一、总体要求, title: 指导思想}
            - {id: b, number: 1, part: 一、总体要求, title: 主要原则}
            """);

        Assert.Equal(["topics.yml:2:19: error PA405: topic number 1 is already used at line 1"], errors);
    }

    [Fact]
    public void Invalid_yaml_is_an_error_where_the_parser_stopped()
    {
        var (topics, errors) = Parse("- id: a\n  number: [1\n");

        Assert.Empty(topics);
        var error = Assert.Single(errors);
        Assert.Matches(@"^topics\.yml:\d+:\d+: error PA405: topics\.yml is not valid YAML: ", error);
    }

    [Fact]
    public void A_file_that_is_not_a_list_is_an_error()
    {
        var (_, errors) = Parse("topics:\n  - id: a\n");

        Assert.Equal(["topics.yml:1:1: error PA405: topics.yml must be a list of topics (- id: …), not a mapping"], errors);
    }

    [Fact]
    public void Topics_are_returned_in_outline_order_whatever_the_file_order()
    {
        var (topics, errors) = Parse("""
            - {id: b, number: 2, part: 一、总体要求, title: 主要原则}
            - {id: a, number: 1, part: 一、总体要求, title: 指导思想, keywords: [指导思想]}
            """);

        Assert.Empty(errors);
        Assert.Equal(["a", "b"], topics.Select(t => t.Id));
        Assert.Empty(topics[1].Keywords);
    }

    private static (IReadOnlyList<PlanAtlas.Model.Topic> Topics, IReadOnlyList<string> Errors) Parse(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var topics = LoadTopics.Parse(yaml, "topics.yml", diagnostics);
        return (topics, diagnostics.Items.Select(d => d.ToString()).ToList());
    }
}
