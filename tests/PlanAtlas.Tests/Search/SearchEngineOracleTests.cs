using System.Text.Json;
using PlanAtlas.Pipeline;
using PlanAtlas.Search;
using PlanAtlas.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PlanAtlas.Tests.Search;

/// <summary>
/// The proof that the sharded index answers what a substring scan answers: the real site's search files, loaded in
/// node exactly as the search page loads them (tests/js/support/search-site.js: the page's scripts in a vm context,
/// every shard and chunk through a script element), give for each of several hundred queries drawn from the corpus
/// the same results in the same order as <see cref="SubstringScan"/> over the same documents.
/// </summary>
public sealed class SearchEngineOracleTests(CorpusFixture corpus, ITestOutputHelper output) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void Every_query_drawn_from_the_corpus_gets_the_substring_scans_results_in_its_order()
    {
        var documents = SearchCorpus.Of(corpus.Site);
        var queries = SearchQueries.From(documents, 240).Select(q => new Query(q)).ToList();

        var answers = Ask(queries);

        Assert.Equal(queries.Count, answers.Count);
        var nonEmpty = 0;
        foreach (var (query, answer) in queries.Zip(answers))
        {
            var expected = SubstringScan.Search(documents, query.Q)
                .Select(d => new Result(d.Ref, SubstringScan.IsExact(d, query.Q)))
                .ToList();
            Assert.True(expected.SequenceEqual(answer.Results), $"query “{query.Q}”: expected [{string.Join(", ", expected)}], the engine gave [{string.Join(", ", answer.Results)}]");
            nonEmpty += expected.Count > 0 ? 1 : 0;
        }

        Assert.InRange(nonEmpty, queries.Count / 2, queries.Count);
        output.WriteLine($"{queries.Count} queries, {nonEmpty} with results; first-query bytes at most {answers.Max(a => a.FirstQueryBytes):N0}");
    }

    [Fact]
    public void Filters_by_province_and_measure_keep_the_provisions_of_the_scan_that_pass_them()
    {
        var documents = SearchCorpus.Of(corpus.Site);
        var topic = documents.Documents.First(d => d.Topic is not null).Topic!.Id;
        var queries = new List<Query>
        {
            new("法律援助", Province: "510000"),
            new("法治", Province: "500000"),
            new("宪法", Topic: topic),
            new("法", Province: "620000", Topic: topic),
            new("火星", Province: "510000"),
        };

        var answers = Ask(queries);

        foreach (var (query, answer) in queries.Zip(answers))
        {
            var expected = SubstringScan.Search(documents, query.Q, query.Province, query.Topic)
                .Select(d => new Result(d.Ref, SubstringScan.IsExact(d, query.Q)))
                .ToList();
            Assert.Equal(expected, answer.Results);
        }

        Assert.NotEmpty(answers[0].Results);
        Assert.All(answers[0].Results, r => Assert.True(r.Ref.StartsWith("quxian/", StringComparison.Ordinal) || r.Ref.StartsWith("liangshan/", StringComparison.Ordinal), r.Ref));
    }

    [Fact]
    public void A_plan_or_place_named_in_the_query_narrows_to_its_plan_and_an_agency_name_finds_the_agency()
    {
        var documents = SearchCorpus.Of(corpus.Site);
        var answers = Ask([new("大足区 法律援助"), new("渠县 宪法"), new("四川省 法律援助"), new("渠县司法局")]);

        Assert.NotEmpty(answers[0].Results);
        Assert.All(answers[0].Results, r => Assert.StartsWith("dazu/", r.Ref, StringComparison.Ordinal));
        Assert.All(answers[1].Results, r => Assert.StartsWith("quxian/", r.Ref, StringComparison.Ordinal));
        Assert.All(answers[2].Results, r => Assert.Matches("^(quxian|liangshan)/", r.Ref));
        Assert.Equal("agency:quxian-justice", answers[3].Results[0].Ref);
        Assert.Equal(SubstringScan.Search(documents, "大足区 法律援助").Select(d => d.Ref), answers[0].Results.Select(r => r.Ref));
    }

    [Fact]
    public void Queries_of_several_words_find_the_texts_that_hold_them_whole_first_as_the_scan_does()
    {
        // Given plans whose text holds spaces: between words, before a digit, before a character outside the BMP
        using var site = new TempSite();
        site.CopyRealInput();
        var plan = Path.Combine(site.Root, "input", "plans", "quxian.md");
        File.WriteAllText(plan, File.ReadAllText(plan)
            .Replace("普法责任制", "普法 责任制", StringComparison.Ordinal)
            .Replace("法治宣传教育", "法治 宣传 教育", StringComparison.Ordinal)
            .Replace("12348", "热线 12348 𠀀 法律", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);
        var documents = SearchCorpus.Of(new SitePipeline(new BuildContext(site.Settings(), site.Root) { BuildDate = TempSite.BuildDate }).BuildModel(new())!);

        // When queries of several words are asked, some held whole, some only word by word
        var queries = new[] { "普法 责任制", "法治 宣传 教育", "宣传 教育", "普法 责", "治 宣", "责任制 普法", "热线 12348", "12348 𠀀", "𠀀 法律", "普法 法治" }
            .Select(q => new Query(q)).ToList();
        var answers = Ask(queries, site.Output);

        // Then each gets the scan's results in its order, whole matches first
        foreach (var (query, answer) in queries.Zip(answers))
        {
            var expected = SubstringScan.Search(documents, query.Q).Select(d => new Result(d.Ref, SubstringScan.IsExact(d, query.Q))).ToList();
            Assert.True(expected.SequenceEqual(answer.Results), $"query “{query.Q}”: expected [{string.Join(", ", expected)}], the engine gave [{string.Join(", ", answer.Results)}]");
        }

        Assert.Contains(answers[0].Results, r => r.Exact);
        Assert.Contains(answers[8].Results, r => r.Exact);
        Assert.DoesNotContain(answers[5].Results, r => r.Exact);
    }

    private List<Answer> Ask(IReadOnlyList<Query> queries, string? output = null)
    {
        var request = JsonSerializer.Serialize(new { site = output ?? corpus.Output, queries = queries.Select(q => new { q = q.Q, province = q.Province, topic = q.Topic }) });
        var json = SearchNodeRunner.Run(Path.Combine("support", "answer-queries.js"), request);
        return JsonSerializer.Deserialize<List<Answer>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private sealed record Query(string Q, string? Province = null, string? Topic = null);

    public sealed record Answer(string Q, List<Result> Results, long FirstQueryBytes);

    public sealed record Result(string Ref, bool Exact);
}
