using PlanAtlas.BrowserTests.Infrastructure;
using PlanAtlas.BrowserTests.Site;
using PlanAtlas.ScaleCorpus;
using Xunit.Abstractions;

namespace PlanAtlas.BrowserTests.Search;

/// <summary>
/// Search on a generated corpus of a few hundred plans at real GB/T 2260 places (<see cref="ScaleCorpusWriter"/>),
/// opened from file://: the results equal the substring scan over the same documents, and a first query loads no more
/// than the fixed 300 kB budget of search scripts, which holds at 3,000 plans because shards keep their size as
/// their number grows.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchScaleBrowserTests(BrowserFixture browser, ScaleSearchSiteFixture scale, ITestOutputHelper output)
    : IClassFixture<ScaleSearchSiteFixture>
{
    private const long Budget = 300 * 1024;

    [Fact]
    public async Task At_a_few_hundred_plans_first_queries_stay_within_the_budget_and_equal_the_substring_scan()
    {
        var site = scale.Site;
        var place = site.Corpus.Plans[site.Corpus.Plans.Count / 2].Names[^1];
        foreach (var query in new[] { "法律援助", "宪法宣誓", "大足区 法律援助", place + " 法律援助", "法治", "12348" })
        {
            await using var page = await browser.NewPageAsync(Viewports.Desktop);
            await page.GotoAsync(site.FileUrl("search/index.html") + "?q=" + Uri.EscapeDataString(query));
            var shown = await SearchBrowserTests.ResultsAsync(page.Page, query);
            var bytes = site.SearchBytes(page.Requests);

            var expected = site.Expected(query);
            Assert.Equal(expected.Take(20), shown.Select(r => r.Ref));
            var all = await page.Page.EvaluateAsync<string[]>("q => PlanAtlasSearchPage.all(q, {}).then(rs => rs.map(r => r.ref))", query);
            Assert.Equal(expected, all);
            Assert.InRange(bytes, 1, Budget);
            output.WriteLine($"{site.Corpus.Plans.Count} plans, “{query}”: {expected.Count} results, {bytes:N0} bytes loaded for the first page");
            page.AssertNoErrors();
            page.AssertNoExternalRequests();
        }
    }
}

/// <summary>A generated corpus of 200 plans, built once by the real pipeline.</summary>
public sealed class ScaleSearchSiteFixture : IDisposable
{
    public const int Plans = 200;

    public ScaleSearchSiteFixture()
    {
        var built = new BuiltSite(copyRealInput: false);
        ScaleCorpusWriter.Write(RepoPaths.Root, built.Input, Plans);
        Site = SearchSite.Build(built);
    }

    public SearchSite Site { get; }

    public void Dispose() => Site.Dispose();
}
