using PlanAtlas.Analyse.Synonyms;
using PlanAtlas.Diagnostics;
using PlanAtlas.Model;

namespace PlanAtlas.Tests.Analyse.Synonyms;

/// <summary>input/synonyms.yml: groups of words search treats as one, and errors at line and column for a wrong file.</summary>
public sealed class LoadSynonymsTests
{
    [Fact]
    public void The_real_file_reads_without_errors_and_knows_法援_and_普法()
    {
        var diagnostics = new DiagnosticBag();
        var groups = LoadSynonyms.Parse(File.ReadAllText(Path.Combine(RepoPaths.Input, "synonyms.yml")), "input/synonyms.yml", diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Contains(groups, g => g.Words.SequenceEqual(["法律援助", "法援"]));
        Assert.Contains(groups, g => g.Words.SequenceEqual(["法治宣传教育", "普法"]));
        Assert.All(groups, g => Assert.InRange(g.Words.Count, 2, 6));
    }

    [Fact]
    public void Each_group_keeps_its_words_in_order_and_where_it_starts()
    {
        var (groups, errors) = Parse("""
            # a comment
            - [法律援助, 法援]
            - - 人民调解委员会
              - 调委会
            """);

        Assert.Empty(errors);
        Assert.Equal([["法律援助", "法援"], ["人民调解委员会", "调委会"]], groups.Select(g => g.Words.ToArray()));
        Assert.Equal((2, 3), (groups[0].Location.Line, groups[0].Location.Column));
    }

    [Theory]
    [InlineData("法援: 法律援助", "synonyms.yml:1:1: error PA405: synonyms.yml must be a list of groups (- [法律援助, 法援]), not a mapping")]
    [InlineData("- 法援", "synonyms.yml:1:3: error PA405: a group of synonyms.yml must be a list of words ([法律援助, 法援]), not a text")]
    [InlineData("- [法援]", "synonyms.yml:1:3: error PA405: a group needs at least two words that mean the same ([法律援助, 法援])")]
    [InlineData("- [法律援助, 法 援]", "synonyms.yml:1:10: error PA405: '法 援' holds a space; a query word never does, so it would never be looked up")]
    [InlineData("- [法律援助, 《》]", "synonyms.yml:1:10: error PA405: '《》' has no Chinese character, letter or digit to search for")]
    [InlineData("- [法律援助, []]", "synonyms.yml:1:10: error PA405: a word must be a non-empty text")]
    [InlineData("- [法律援助, 法援\n", "synonyms.yml:2:1: error PA405")]
    public void A_malformed_file_is_an_error_at_the_line_and_column_of_the_mistake(string yaml, string error)
    {
        var (groups, errors) = Parse(yaml);

        Assert.Empty(groups);
        Assert.StartsWith(error, Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_in_two_groups_is_an_error_at_the_second_naming_the_first_even_in_another_width()
    {
        var (groups, errors) = Parse("""
            - [法律援助, 法援]
            - [法治宣传教育, 普法]
            - [ＡＢＣ法援, abc法援, 普法]
            """);

        Assert.Equal(2, groups.Count);
        Assert.Equal(
            ["synonyms.yml:3:11: error PA405: 'abc法援' is already listed at line 3:4; put each word in one group",
             "synonyms.yml:3:18: error PA405: '普法' is already listed at line 2:12; put each word in one group"],
            errors);
    }

    private static (IReadOnlyList<SynonymGroup> Groups, IReadOnlyList<string> Errors) Parse(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var groups = LoadSynonyms.Parse(yaml, "synonyms.yml", diagnostics);
        return (groups, diagnostics.Items.Select(d => d.ToString()).ToList());
    }
}
